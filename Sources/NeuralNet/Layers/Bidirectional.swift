import TensorCore

/// `Bidirectional(layer, merge_mode="concat")`: the recurrent layer run twice, forwards and
/// backwards over the sequence, outputs merged. As in Keras 3 the wrapped layer only serves
/// as a configuration: two fresh layers named `forward_<name>` and `backward_<name>` do the
/// work (forward weights first). With `return_sequences` the backward outputs are put back
/// in the forward time order before merging.
public final class Bidirectional: Layer {
    public enum MergeMode: String { case concat, sum, mul, ave }

    public let forward: Recurrent, backward: Recurrent
    public let mergeMode: MergeMode

    public init(_ layer: Recurrent, mergeMode: String = "concat", name: String? = nil) throws {
        guard let mode = MergeMode(rawValue: mergeMode) else {
            throw TensorError(.valueError, "Invalid merge mode. Received: \(mergeMode). Merge mode should be one of {\"sum\", \"mul\", \"ave\", \"concat\", None}")
        }
        guard !layer.returnState else {
            throw TensorError(.valueError, "Bidirectional with return_state=True is not supported yet.")
        }
        forward = try layer.copy(name: "forward_" + layer.name, goBackwards: layer.goBackwards)
        backward = try layer.copy(name: "backward_" + layer.name, goBackwards: !layer.goBackwards)
        (forward.dropout, backward.dropout) = (layer.dropout, layer.dropout)
        self.mergeMode = mode
        super.init(name: name)
    }

    public override var sublayers: [Layer] { [forward, backward] }
    public override var sublayerKeys: [String] { ["forward_layer", "backward_layer"] }

    public override func build(_ inputShapes: [Shape]) throws {
        try forward.buildIfNeeded(inputShapes)
        try backward.buildIfNeeded(inputShapes)
    }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        var shape = try forward.outputShapes(inputShapes)[0]
        if mergeMode == .concat { shape[shape.count - 1] = shape[shape.count - 1].map { 2 * $0 } }
        return [shape]
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        let ahead = try forward.call(inputs, context)[0]
        var behind = try backward.call(inputs, context)[0]
        if forward.returnSequences {
            let steps = behind.shape[1]
            behind = try Variable.concatenate((0..<steps).reversed().map { try behind.slice(axis: 1, $0, $0 + 1) }, axis: 1)
        }
        let merged: Variable
        switch mergeMode {
        case .concat: merged = try Variable.concatenate([ahead, behind], axis: -1)
        case .sum: merged = try ahead.add(behind)
        case .mul: merged = try ahead.multiply(behind)
        case .ave: merged = try ahead.add(behind).affine(scale: 0.5, shift: 0)
        }
        if forward.returnSequences { context.setMask(context.mask(of: inputs[0]), on: merged) }
        return [merged]
    }
}
