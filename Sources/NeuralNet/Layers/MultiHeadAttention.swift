import Foundation
import TensorCore

/// `MultiHeadAttention(num_heads, key_dim, value_dim=None, dropout=0.0, use_bias=True,
/// output_shape=None)`, called as `mha(query, value)` or `mha(query, value, key)`, with
/// Keras 3's call options `attention_mask=` (a (batch, T, S) tensor, after the others),
/// `use_causal_mask=True` and `return_attention_scores=True` (a second output, the
/// (batch, heads, T, S) softmax scores).
///
/// Weights in Keras's order and shapes: query kernel (d_q, H, K) and bias (H, K); key
/// (d_k, H, K) and (H, K); value (d_v, H, V) and (H, V); output kernel (H, V, d_out) and
/// bias (d_out). Scores are softmax(Q·Kᵀ / √K) per head.
///
/// Masks combine as in Keras 3's `_compute_attention_mask`: query step t may attend to value
/// step s only when the Keras masks (from `Embedding(mask_zero=True)`) of both are on, the
/// causal mask allows it (s ≤ t) and the explicit mask is non-zero there; blocked scores
/// are set to -1e9 before the softmax, so a fully masked query row attends uniformly to
/// every step (or, with `return_attention_scores`, to none, see `call`); the output carries the query's mask on. (Checked against Keras in
/// LayerOutputTests.)
public final class MultiHeadAttention: Layer {
    public let numHeads: Int, keyDim: Int, valueDim: Int
    public let dropout: Float
    public let useBias: Bool
    public let outputDim: Int?
    var projections: [(kernel: Weight, bias: Weight?)] = []

    public init(numHeads: Int, keyDim: Int, valueDim: Int? = nil, dropout: Double = 0, useBias: Bool = true,
                outputShape: Int? = nil, name: String? = nil) throws {
        guard numHeads > 0, keyDim > 0, (valueDim ?? keyDim) > 0 else {
            throw TensorError(.valueError, "`num_heads`, `key_dim` and `value_dim` must be positive. Received num_heads=\(numHeads), key_dim=\(keyDim)")
        }
        self.numHeads = numHeads
        self.keyDim = keyDim
        self.valueDim = valueDim ?? keyDim
        self.dropout = Float(dropout)
        self.useBias = useBias
        self.outputDim = outputShape
        super.init(name: name)
    }

    public override var inputArity: Int? { nil }

    public override func build(_ inputShapes: [Shape]) throws {
        guard (2...3).contains(inputShapes.count) else {
            throw TensorError(.valueError, "MultiHeadAttention expects (query, value) or (query, value, key), got \(inputShapes.count) inputs.")
        }
        if inputShapes.count == 3, Array(inputShapes[1].dropFirst().dropLast()) != Array(inputShapes[2].dropFirst().dropLast()) {
            throw TensorError(.valueError, "All dimensions of `value` and `key`, except the last one, must be equal. Received: value_shape=\(formatShape(inputShapes[1])) and key_shape=\(formatShape(inputShapes[2]))")
        }
        let query = try knownLastAxis(inputShapes[0]), value = try knownLastAxis(inputShapes[1])
        let key = try inputShapes.count == 3 ? knownLastAxis(inputShapes[2]) : value
        let (h, k, v) = (numHeads, keyDim, valueDim)
        for (scope, input, width) in [("query", query, k), ("key", key, k), ("value", value, v)] {
            let kernel = try addWeight("kernel", shape: [input, h, width], initializer: .glorotUniform, scope: scope)
            let bias = useBias ? try addWeight("bias", shape: [h, width], initializer: .zeros, scope: scope) : nil
            projections.append((kernel, bias))
        }
        let out = outputDim ?? query
        let kernel = try addWeight("kernel", shape: [h, v, out], initializer: .glorotUniform, scope: "attention_output")
        projections.append((kernel, useBias ? try addWeight("bias", shape: [out], initializer: .zeros, scope: "attention_output") : nil))
        // Keras builds an inner Softmax and Dropout layer here; they take automatic names,
        // so later layers are numbered as if they existed.
        _ = LayerNames.unique("softmax")
        _ = LayerNames.unique("dropout")
    }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        try outputShapes(inputShapes, options: CallOptions())
    }

    /// The output, then (with `return_attention_scores`) the scores' (batch, heads, T, S).
    /// Keras 3.15 reports the scores as (batch, heads, T, T), which is wrong whenever S ≠ T;
    /// this is the shape the call really returns.
    public override func outputShapes(_ inputShapes: [Shape], options: CallOptions) throws -> [Shape] {
        let tensors = options.built(from: inputShapes)
        guard (2...3).contains(tensors.count) else {
            throw TensorError(.valueError, "MultiHeadAttention expects (query, value) or (query, value, key), got \(tensors.count) inputs.")
        }
        let query = tensors[0]
        let output = Array(query.dropLast()) + [outputDim ?? query.last ?? nil]
        guard options.returnAttentionScores else { return [output] }
        let source: Int?? = tensors[1].count > 1 ? tensors[1][1] : nil
        return [output, [query.first ?? nil, numHeads, query.count > 1 ? query[1] : nil, source ?? nil]]
    }

    /// x (batch, steps, d) projected to (batch·heads, steps, width).
    private func heads(_ x: Variable, _ projection: (kernel: Weight, bias: Weight?), width: Int, _ context: CallContext) throws -> Variable {
        let (batch, steps, h) = (x.shape[0], x.shape[1], numHeads)
        var y = try x.matmul(context.read(projection.kernel).reshape([x.shape[2], h * width]))
        if let bias = projection.bias { y = try y.add(context.read(bias).reshape([h * width])) }
        return try y.reshape([batch, steps, h, width]).transpose([0, 2, 1, 3]).reshape([batch * h, steps, width])
    }

    public override func call(_ allInputs: [Variable], _ context: CallContext) throws -> [Variable] {
        guard projections.count == 4 else { return allInputs }
        let inputs = context.options.built(from: allInputs)
        let (query, value) = (inputs[0], inputs[1])
        let key = inputs.count == 3 ? inputs[2] : value
        for x in inputs where x.shape.count != 3 {
            throw TensorError(.valueError, "MultiHeadAttention expects 3-D (batch, steps, features) inputs, got shape \(pythonShape(x.shape))")
        }
        let (batch, steps, h) = (query.shape[0], query.shape[1], numHeads)
        let q = try heads(query, projections[0], width: keyDim, context).affine(scale: 1 / Float(keyDim).squareRoot())
        let k = try heads(key, projections[1], width: keyDim, context)
        let v = try heads(value, projections[2], width: valueDim, context)
        var scores = try q.matmul(k.transpose([0, 2, 1]))
        let explicit = context.options.attentionMask ? allInputs.last?.value : nil
        let mask = try attentionMask(inputs, explicit: explicit, causal: context.options.useCausalMask, context)
        if let mask {
            // where(mask, scores, -1e9): keep·scores + (1 − keep)·(−1e9)
            let blocked = Variable(mask.map { (1 - $0) * -1e9 })
            scores = try scores.multiply(Variable(mask)).add(blocked)
        }
        scores = try scores.softmax(axis: -1)
        if let mask, context.options.returnAttentionScores {
            // Asked for its scores, Keras runs its Softmax layer, which zeroes blocked
            // positions after the softmax: a fully masked query row attends to nothing. Without
            // scores its fused dot_product_attention leaves that row uniform.
            scores = try scores.multiply(Variable(mask))
        }
        let returned = scores
        if context.training && dropout > 0 { scores = try scores.dropout(rate: dropout, generator: Randomness.generator) }
        let attended = try scores.matmul(v).reshape([batch, h, steps, valueDim]).transpose([0, 2, 1, 3])
            .reshape([batch, steps, h * valueDim])
        let output = projections[3]
        var y = try attended.matmul(context.read(output.kernel).reshape([h * valueDim, output.kernel.shape[2]]))
        if let bias = output.bias { y = try y.add(context.read(bias)) }
        // The query's mask still travels on to later layers (a masked average after attention).
        context.setMask(context.mask(of: query), on: y)
        guard context.options.returnAttentionScores else { return [y] }
        return [y, try returned.reshape([batch, h, steps, value.shape[1]])]
    }

    /// The (batch·heads, query steps, value steps) mask of 1s and 0s: the inputs' Keras masks
    /// (the key's counts when the key is a separate tensor), the causal mask and the explicit
    /// one (broadcast from (batch or 1, T or 1, S or 1)), all required; nil when none applies.
    private func attentionMask(_ inputs: [Variable], explicit: FloatTensor?, causal: Bool,
                               _ context: CallContext) throws -> FloatTensor? {
        let (query, value) = (inputs[0], inputs[1])
        let queryMask = context.mask(of: query), valueMask = context.mask(of: value)
        let keyMask = inputs.count == 3 ? context.mask(of: inputs[2]) : nil
        guard queryMask != nil || valueMask != nil || keyMask != nil || explicit != nil || causal else { return nil }
        let (batch, steps, sources, h) = (query.shape[0], query.shape[1], value.shape[1], numHeads)
        if let explicit {
            let fits = explicit.rank == 3 && zip(explicit.shape, [batch, steps, sources]).allSatisfy { $0 == $1 || $0 == 1 }
            guard fits else {
                throw TensorError(.valueError, "The attention mask of layer '\(name)' must have shape (batch, query steps, value steps) = \(pythonShape([batch, steps, sources])), or broadcast to it. Received: attention_mask.shape=\(pythonShape(explicit.shape))")
            }
        }
        var mask = FloatTensor(repeating: 1, shape: [batch * h, steps, sources])
        for b in 0..<batch {
            for t in 0..<steps {
                for source in 0..<sources {
                    var allowed = queryMask.map { $0.data[b * steps + t] } ?? 1
                    allowed *= valueMask.map { $0.data[b * sources + source] } ?? 1
                    allowed *= keyMask.map { $0.data[b * sources + source] } ?? 1
                    if causal && source > t { allowed = 0 }
                    if let explicit {
                        let (eb, et, es) = (explicit.shape[0] == 1 ? 0 : b, explicit.shape[1] == 1 ? 0 : t, explicit.shape[2] == 1 ? 0 : source)
                        if explicit.data[(eb * explicit.shape[1] + et) * explicit.shape[2] + es] == 0 { allowed = 0 }
                    }
                    for head in 0..<h { mask.data[((b * h + head) * steps + t) * sources + source] = allowed }
                }
            }
        }
        return mask
    }
}
