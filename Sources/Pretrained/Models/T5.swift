import Foundation
import TensorCore

// T5, following transformers' modeling_t5.py: an encoder and a decoder stack sharing one
// token embedding. Every sub-layer is pre-norm with T5's RMS layer norm and a residual;
// linear maps have no biases; attention scores are not scaled (T5 folds that into its
// initialisation) but get a learned bias per head and relative-position bucket, computed
// by the first layer of each stack and reused by the others. The decoder adds causal
// self-attention and cross-attention to the encoder output. The LM head is the shared
// embedding applied to the decoder output scaled by d_model^-0.5, or, when
// tie_word_embeddings is false (T5 v1.1), a separate `lm_head.weight` with no scaling.

/// Which bucket a key at distance `relative` (key position − query position) falls in:
/// exact buckets for small distances, logarithmically wider ones up to `maxDistance`.
/// Encoders tell left from right (`bidirectional`); decoders only look back.
func relativePositionBucket(_ relative: Int, bidirectional: Bool, buckets: Int, maxDistance: Int) -> Int {
    var buckets = buckets, offset = 0, distance: Int
    if bidirectional {
        buckets /= 2
        if relative > 0 { offset = buckets }
        distance = abs(relative)
    } else {
        distance = -min(relative, 0)
    }
    let maxExact = buckets / 2
    if distance < maxExact { return offset + distance }
    // float32 arithmetic, as torch computes it, so boundary cases land in the same bucket.
    let scaled = logf(Float(distance) / Float(maxExact)) / Float(log(Double(maxDistance) / Double(maxExact)))
        * Float(buckets - maxExact)
    let large = scaled.isFinite ? maxExact + Int(max(0, min(scaled, Float(buckets)))) : buckets - 1
    return offset + min(large, buckets - 1)
}

/// `T5Attention`: q, k, v, o without biases, and optionally the relative-position bias table.
struct T5Attention {
    let query: Linear, key: Linear, value: Linear, output: Linear
    let heads: Int
    /// (buckets, heads), in the first layer of each stack only.
    let biasTable: [Float]?
    let buckets: Int, maxDistance: Int

    init(_ loader: WeightLoader, _ name: String, config: T5Config, hasRelativeBias: Bool) throws {
        let inner = config.headCount * config.keyValueSize
        func linear(_ part: String, _ inputs: Int, _ outputs: Int) throws -> Linear {
            try .torch(loader, name + "." + part, inputs: inputs, outputs: outputs, bias: false)
        }
        query = try linear("q", config.modelSize, inner)
        key = try linear("k", config.modelSize, inner)
        value = try linear("v", config.modelSize, inner)
        output = try linear("o", inner, config.modelSize)
        heads = config.headCount
        buckets = config.relativeAttentionBuckets
        maxDistance = config.relativeAttentionMaxDistance
        biasTable = hasRelativeBias
            ? try loader.base(name + ".relative_attention_bias.weight", [buckets, heads]).values(as: Float.self)
            : nil
    }

    /// The position bias (1, heads, queries, keys) for queries at positions past..<past+queries.
    func positionBias(queries: Int, keys: Int, past: Int, bidirectional: Bool) throws -> Tensor? {
        guard let biasTable else { return nil }
        var values = [Float](repeating: 0, count: heads * queries * keys)
        for i in 0..<queries {
            for j in 0..<keys {
                let bucket = relativePositionBucket(j - (past + i), bidirectional: bidirectional,
                                                    buckets: buckets, maxDistance: maxDistance)
                for h in 0..<heads { values[(h * queries + i) * keys + j] = biasTable[bucket * heads + h] }
            }
        }
        return try Tensor(shape: [1, heads, queries, keys], values: values)
    }

    /// Attention of `hidden` over `keysAndValues` (already split into heads).
    func attend(_ hidden: Tensor, keys: Tensor, values: Tensor, mask: AttentionMask, bias: Tensor?) throws -> Tensor {
        let context = try scaledDotProductAttention(query: splitHeads(query(hidden), heads: heads), key: keys, value: values,
                                                    mask: mask, scale: 1, bias: bias)
        return try output(mergeHeads(context))
    }

    func projectKeysAndValues(_ source: Tensor) throws -> (keys: Tensor, values: Tensor) {
        (try splitHeads(key(source), heads: heads), try splitHeads(value(source), heads: heads))
    }
}

/// `T5LayerFF`: norm, then wo(act(wi x)) or wo(act(wi_0 x) · wi_1 x).
struct T5FeedForward {
    let norm: [Float]
    let epsilon: Double
    let input: Linear
    let gate: Linear?
    let output: Linear
    let activation: Activation

    init(_ loader: WeightLoader, _ name: String, config: T5Config) throws {
        norm = try loader.base(name + ".layer_norm.weight", [config.modelSize]).values(as: Float.self)
        epsilon = config.layerNormEpsilon
        let dense = name + ".DenseReluDense."
        if config.isGatedFeedForward {
            gate = try .torch(loader, dense + "wi_0", inputs: config.modelSize, outputs: config.feedForwardSize, bias: false)
            input = try .torch(loader, dense + "wi_1", inputs: config.modelSize, outputs: config.feedForwardSize, bias: false)
        } else {
            gate = nil
            input = try .torch(loader, dense + "wi", inputs: config.modelSize, outputs: config.feedForwardSize, bias: false)
        }
        output = try .torch(loader, dense + "wo", inputs: config.feedForwardSize, outputs: config.modelSize, bias: false)
        activation = try Activation(configName: config.feedForwardActivation)
    }

    func callAsFunction(_ hidden: Tensor) throws -> Tensor {
        let normed = try rmsNormKernel(hidden, weight: norm, epsilon: epsilon)
        let inner = try gate.map { try $0(normed, activation: activation) * input(normed) }
            ?? input(normed, activation: activation)
        return try hidden + output(inner)
    }
}

/// One block of either stack: self-attention, cross-attention (decoder only), feed-forward.
struct T5Block {
    let selfAttentionNorm: [Float]
    let selfAttention: T5Attention
    let crossAttentionNorm: [Float]?
    let crossAttention: T5Attention?
    let feedForward: T5FeedForward

    init(_ loader: WeightLoader, stack: String, index: Int, config: T5Config, isDecoder: Bool) throws {
        let prefix = "\(stack).block.\(index).layer."
        selfAttentionNorm = try loader.base(prefix + "0.layer_norm.weight", [config.modelSize]).values(as: Float.self)
        selfAttention = try T5Attention(loader, prefix + "0.SelfAttention", config: config, hasRelativeBias: index == 0)
        if isDecoder {
            crossAttentionNorm = try loader.base(prefix + "1.layer_norm.weight", [config.modelSize]).values(as: Float.self)
            crossAttention = try T5Attention(loader, prefix + "1.EncDecAttention", config: config, hasRelativeBias: false)
        } else {
            crossAttentionNorm = nil
            crossAttention = nil
        }
        feedForward = try T5FeedForward(loader, prefix + (isDecoder ? "2" : "1"), config: config)
    }
}

/// What the decoder needs from the encoder, plus its own KV cache: built once per input.
public final class T5DecoderState {
    /// The batch size the encoder ran with; decoder inputs must match it.
    let batchSize: Int
    /// The encoder's last hidden state, (batch, length, d_model).
    public let encoderOutput: Tensor
    let encoderMask: [[Bool]]?
    /// Per decoder layer: the encoder output projected to cross-attention keys and values.
    let crossKeysAndValues: [(keys: Tensor, values: Tensor)]
    let cache: KVCache

    init(batchSize: Int, encoderOutput: Tensor, encoderMask: [[Bool]]?, crossKeysAndValues: [(keys: Tensor, values: Tensor)],
         layerCount: Int) {
        self.batchSize = batchSize
        self.encoderOutput = encoderOutput
        self.encoderMask = encoderMask
        self.crossKeysAndValues = crossKeysAndValues
        cache = KVCache(layerCount: layerCount)
    }

    /// The same encoder results with each batch row repeated `times` times in place
    /// (row 0, row 0, ..., row 1, ...), for beam search's one row per beam; the cache starts empty.
    func repeatingRows(_ times: Int) throws -> T5DecoderState {
        let rows = (0..<batchSize).flatMap { Array(repeating: Int64($0), count: times) }
        let index = try Tensor(rows)
        return T5DecoderState(
            batchSize: batchSize * times,
            encoderOutput: try encoderOutput.getItem([.intArray(index)]),
            encoderMask: encoderMask.map { mask in rows.map { mask[Int($0)] } },
            crossKeysAndValues: try crossKeysAndValues.map { (try $0.keys.getItem([.intArray(index)]), try $0.values.getItem([.intArray(index)])) },
            layerCount: cache.layerCount)
    }
}

/// `T5Model`: the encoder and decoder stacks without the LM head; its output is the
/// decoder's final layer norm's (`last_hidden_state`).
public final class T5Model {
    public let config: T5Config
    public let warnings: [String]
    let shared: Embedding
    let encoderBlocks: [T5Block]
    let encoderFinalNorm: [Float]
    let decoderBlocks: [T5Block]
    let decoderFinalNorm: [Float]

    public convenience init(pretrained name: String, locator: ModelLocator = .fromEnvironment()) throws {
        try self.init(checkpoint: Checkpoint.open(name, locator: locator))
    }

    /// Loads the stacks from any T5 checkpoint (an `lm_head.weight` in it is not used).
    public convenience init(checkpoint: Checkpoint) throws {
        let config = try checkpoint.config(T5Config.self)
        try self.init(T5Model.loader(checkpoint, config: config, modelName: "T5Model"), config: config)
    }

    init(_ loader: WeightLoader, config: T5Config) throws {
        self.config = config
        shared = try Embedding(loader, "shared", count: config.vocabSize, width: config.modelSize)
        encoderBlocks = try (0..<config.layerCount).map {
            try T5Block(loader, stack: "encoder", index: $0, config: config, isDecoder: false)
        }
        encoderFinalNorm = try loader.base("encoder.final_layer_norm.weight", [config.modelSize]).values(as: Float.self)
        decoderBlocks = try (0..<config.decoderLayerCount).map {
            try T5Block(loader, stack: "decoder", index: $0, config: config, isDecoder: true)
        }
        decoderFinalNorm = try loader.base("decoder.final_layer_norm.weight", [config.modelSize]).values(as: Float.self)
        warnings = loader.warnings
    }

    /// Every T5 weight is required, so nothing is ever drawn from the initializer.
    static func loader(_ checkpoint: Checkpoint, config: T5Config, modelName: String) throws -> WeightLoader {
        guard config.headCount > 0, config.relativeAttentionBuckets > 0 else {
            throw PretrainedError(.valueError, "T5 needs num_heads and relative_attention_num_buckets above 0")
        }
        return try WeightLoader(checkpoint, modelName: modelName, basePrefix: "", isHeadModel: false, probe: "shared.weight",
                                initializerRange: config.initializerFactor, random: SplitMixRandom(seed: 0))
    }

    /// The encoder's last hidden state, (batch, length, d_model).
    public func encode(_ ids: [[Int]], attentionMask: [[Int]]? = nil) throws -> Tensor {
        try validateBatch(ids, mask: attentionMask)
        var hidden = try shared(ids)
        let mask = AttentionMask(keyAllowed: attentionMask?.map { $0.map { $0 != 0 } }, causal: false)
        let length = ids[0].count
        let bias = try encoderBlocks.first?.selfAttention.positionBias(queries: length, keys: length, past: 0, bidirectional: true)
        for block in encoderBlocks {
            try Interruption.check()
            let normed = try rmsNormKernel(hidden, weight: block.selfAttentionNorm, epsilon: config.layerNormEpsilon)
            let (keys, values) = try block.selfAttention.projectKeysAndValues(normed)
            hidden = try hidden + block.selfAttention.attend(normed, keys: keys, values: values, mask: mask, bias: bias)
            hidden = try block.feedForward(hidden)
        }
        return try rmsNormKernel(hidden, weight: encoderFinalNorm, epsilon: config.layerNormEpsilon)
    }

    /// Runs the encoder and prepares the decoder's cross-attention inputs and cache.
    public func startDecoding(_ ids: [[Int]], attentionMask: [[Int]]? = nil) throws -> T5DecoderState {
        let encoded = try encode(ids, attentionMask: attentionMask)
        let cross = try decoderBlocks.map { block -> (keys: Tensor, values: Tensor) in
            guard let attention = block.crossAttention else { throw PretrainedError(.runtimeError, "decoder block without cross-attention") }
            return try attention.projectKeysAndValues(encoded)
        }
        return T5DecoderState(batchSize: ids.count, encoderOutput: encoded, encoderMask: attentionMask?.map { $0.map { $0 != 0 } },
                              crossKeysAndValues: cross, layerCount: decoderBlocks.count)
    }

    /// The decoder's last hidden state (batch, length, d_model) for `decoderIds`, continuing
    /// after the tokens `state` has already seen (whose keys and values it caches).
    ///
    /// - Parameter attentionMask: `decoder_attention_mask`, 1 for the decoder tokens to attend
    ///   to, covering the cached tokens too; by default all.
    public func decode(_ decoderIds: [[Int]], attentionMask: [[Int]]? = nil, state: T5DecoderState) throws -> Tensor {
        try validateBatch(decoderIds, mask: nil)
        guard decoderIds.count == state.batchSize else {
            throw PretrainedError(.valueError, "decoder_input_ids must have the same batch size as input_ids (\(state.batchSize))")
        }
        let past = state.cache.length, length = decoderIds[0].count
        if let attentionMask, attentionMask.count != decoderIds.count || attentionMask.contains(where: { $0.count != past + length }) {
            throw PretrainedError(.valueError, "decoder_attention_mask must be (batch, \(past + length)): one entry per cached and new decoder token")
        }
        var hidden = try shared(decoderIds)
        let selfMask = AttentionMask(keyAllowed: attentionMask?.map { $0.map { $0 != 0 } }, causal: true, pastLength: past)
        let crossMask = AttentionMask(keyAllowed: state.encoderMask, causal: false)
        let bias = try decoderBlocks.first?.selfAttention.positionBias(queries: length, keys: past + length, past: past,
                                                                      bidirectional: false)
        for (layer, block) in decoderBlocks.enumerated() {
            try Interruption.check()
            let normed = try rmsNormKernel(hidden, weight: block.selfAttentionNorm, epsilon: config.layerNormEpsilon)
            let new = try block.selfAttention.projectKeysAndValues(normed)
            let (keys, values) = try state.cache.append(layer: layer, key: new.keys, value: new.values)
            hidden = try hidden + block.selfAttention.attend(normed, keys: keys, values: values, mask: selfMask, bias: bias)
            if let crossAttention = block.crossAttention, let crossNorm = block.crossAttentionNorm {
                let crossNormed = try rmsNormKernel(hidden, weight: crossNorm, epsilon: config.layerNormEpsilon)
                let cross = state.crossKeysAndValues[layer]
                hidden = try hidden + crossAttention.attend(crossNormed, keys: cross.keys, values: cross.values,
                                                            mask: crossMask, bias: nil)
            }
            hidden = try block.feedForward(hidden)
        }
        return try rmsNormKernel(hidden, weight: decoderFinalNorm, epsilon: config.layerNormEpsilon)
    }

    /// `model(input_ids, attention_mask, decoder_input_ids).last_hidden_state`: (batch, decoder length, d_model).
    public func forward(_ ids: [[Int]], attentionMask: [[Int]]? = nil, decoderIds: [[Int]]) throws -> Tensor {
        try decode(decoderIds, state: startDecoding(ids, attentionMask: attentionMask))
    }
}
