import NeuralNet
import Script

/// A Keras layer as a script value: `layer(x)` calls it on a symbolic tensor (building a
/// functional graph) or on arrays (an eager forward pass returning numpy arrays);
/// `layer.trainable = False` freezes it. Models extend this (KerasModelObject).
class KerasLayerObject: NativeObject {
    let layer: Layer
    let types: NumpyTypes

    init(_ layer: Layer, _ types: NumpyTypes) {
        self.layer = layer
        self.types = types
    }

    /// The script value for an engine layer: a model object for models.
    static func wrap(_ layer: Layer, _ types: NumpyTypes) -> Value {
        if let model = layer as? Model { return .object(KerasModelObject(model, types)) }
        return .object(KerasLayerObject(layer, types))
    }

    override var typeName: String { layer.className }
    override var typeModule: String { "keras.layers" }

    override func repr(_ interp: Interpreter) throws -> String {
        "<\(layer.className) name=\(layer.name), built=\(layer.built ? "True" : "False")>"
    }

    override func hashValue(_ interp: Interpreter) throws -> Int? { ObjectIdentifier(layer).hashValue }

    override func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, case .object(let o) = other, let otherLayer = o as? KerasLayerObject else { return nil }
        return .bool((otherLayer.layer === layer) == (op == .eq))
    }

    override func attributeNames() -> [String] {
        ["name", "trainable", "built", "weights", "trainable_weights", "non_trainable_weights",
         "get_weights", "set_weights", "count_params", "input", "output"]
    }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "name": return .str(layer.name)
        case "trainable": return .bool(layer.trainable)
        case "built": return .bool(layer.built)
        case "weights": return try weightArrays(layer.allWeights, interp)
        case "trainable_weights": return try weightArrays(layer.trainableWeights, interp)
        case "non_trainable_weights": return try weightArrays(layer.nonTrainableWeights, interp)
        case "get_weights": return method(name) { [self] interp, args in
            try args.expect("get_weights", 0...0)
            return try weightArrays(layer.allWeights, interp)
        }
        case "set_weights": return method(name) { [self] interp, args in
            try args.expect("set_weights", 1...1)
            try setWeights(args.positional[0], interp)
            return .none
        }
        case "count_params": return method(name) { [self] interp, args in
            try args.expect("count_params", 0...0)
            return .int(try KerasValues.running(interp) { try layer.countParams() })
        }
        case "input", "output":
            guard let node = layer.inboundNodes.first else {
                throw PyException(.attributeError, "Layer \(layer.name) has no inbound nodes.")
            }
            let tensors = name == "input" ? node.inputs : node.outputs
            let values = tensors.map { Value.object(KerasTensorObject($0, types)) }
            return values.count == 1 ? values[0] : .object(PyList(values))
        default: return nil
        }
    }

    override func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        guard name == "trainable" else { return false }
        layer.trainable = try interp.isTruthy(value)
        return true
    }

    /// `layer(x)`, `layer([a, b])`, `attention(query, value)`; `training=` for eager calls;
    /// MultiHeadAttention's `query=`, `value=`, `key=`, `attention_mask=`, `use_causal_mask=`
    /// and `return_attention_scores=` (then a tuple `(output, scores)`).
    override func call(_ args: Arguments, _ interp: Interpreter) throws -> Value? {
        var training = false
        var options = CallOptions()
        var named: [String: Value] = [:]
        let attentionKeywords: Set = ["query", "value", "key", "attention_mask", "use_causal_mask", "return_attention_scores"]
        for (key, value) in args.keywords {
            switch key {
            case "training": training = try interp.isTruthy(value)
            case "use_causal_mask" where layer is MultiHeadAttention: options.useCausalMask = try interp.isTruthy(value)
            case "return_attention_scores" where layer is MultiHeadAttention: options.returnAttentionScores = try interp.isTruthy(value)
            case _ where layer is MultiHeadAttention && attentionKeywords.contains(key): named[key] = value
            default:
                throw PyException(.typeError, "\(layer.className).call() got an unexpected keyword argument '\(key)'")
            }
        }
        var positional = args.positional
        if layer is MultiHeadAttention {
            (positional, options.attentionMask) = try attentionInputs(positional, named)
        }
        guard !positional.isEmpty else {
            throw PyException(.typeError, "\(layer.className).call() missing 1 required positional argument: 'inputs'")
        }
        let parts = try positional.flatMap { v -> [Value] in
            if case .object(let o) = v, o is PyList || o is PyTuple { return try interp.iterateToArray(v) }
            return [v]
        }
        let symbolic = parts.compactMap { v -> KerasTensor? in
            if case .object(let o) = v, let t = o as? KerasTensorObject { return t.tensor }
            return nil
        }
        let values: [Value]
        if !symbolic.isEmpty {
            guard symbolic.count == parts.count else {
                throw PyException(.valueError, "Layer \(layer.name) was called with a mix of symbolic Keras tensors and arrays.")
            }
            let outputs = try KerasValues.running(interp) { try layer(symbolic, options: options) }
            values = outputs.map { Value.object(KerasTensorObject($0, types)) }
        } else {
            let arrays = try parts.map { try KerasValues.floatTensor($0, interp, types) }
            let outputs = try KerasValues.running(interp) { try layer(arrays, training: training, options: options) }
            values = try outputs.map { try KerasValues.array($0, interp, types) }
        }
        if options.returnAttentionScores { return .object(PyTuple(values)) }
        return values.count == 1 ? values[0] : .object(PyList(values))
    }

    /// MultiHeadAttention's tensors in the engine's order: query, value, the key if given,
    /// then the attention mask if given (and whether it was).
    private func attentionInputs(_ positional: [Value], _ named: [String: Value]) throws -> ([Value], Bool) {
        let order = ["query", "value", "key", "attention_mask"]
        guard positional.count <= 3 else {
            throw PyException(.typeError, "MultiHeadAttention.call() takes from 3 to 4 positional arguments but \(positional.count + 1) were given")
        }
        var slots: [Value?] = positional + [Value?](repeating: nil, count: 4 - positional.count)
        for (index, name) in order.enumerated() {
            guard let value = named[name] else { continue }
            if slots[index] != nil {
                throw PyException(.typeError, "MultiHeadAttention.call() got multiple values for argument '\(name)'")
            }
            slots[index] = value
        }
        let given = slots.map { slot -> Value? in
            if case .none? = slot { return nil }
            return slot
        }
        guard let query = given[0], let value = given[1] else {
            throw PyException(.typeError, "MultiHeadAttention.call() missing 1 required positional argument: '\(given[0] == nil ? "query" : "value")'")
        }
        let tensors = [query, value] + [given[2], given[3]].compactMap { $0 }
        return (tensors, given[3] != nil)
    }

    func method(_ name: String, _ body: @escaping NativeFunctionBody) -> Value {
        .object(PyNativeFunction(name, owner: layer.className, body))
    }

    private func weightArrays(_ weights: [Weight], _ interp: Interpreter) throws -> Value {
        .object(PyList(try weights.map { try KerasValues.array($0.value, interp, types) }))
    }

    private func setWeights(_ value: Value, _ interp: Interpreter) throws {
        let given = try interp.iterateToArray(value)
        let weights = layer.allWeights
        guard given.count == weights.count else {
            throw PyException(.valueError, "You called `set_weights(weights)` on layer \"\(layer.name)\" with a weight list of length \(given.count), but the layer was expecting \(weights.count) weights.")
        }
        for (weight, v) in zip(weights, given) {
            let t = try KerasValues.floatTensor(v, interp, types)
            try KerasValues.running(interp) { try weight.assign(t) }
        }
    }
}

/// `keras.Input(shape=...)` and a layer's symbolic outputs: shape-only tensors that record
/// the functional graph `keras.Model(inputs, outputs)` is made from.
final class KerasTensorObject: NativeObject {
    let tensor: KerasTensor
    let types: NumpyTypes

    init(_ tensor: KerasTensor, _ types: NumpyTypes) {
        self.tensor = tensor
        self.types = types
    }

    override var typeName: String { "KerasTensor" }
    override var typeModule: String { "keras" }

    override func repr(_ interp: Interpreter) throws -> String {
        "<KerasTensor shape=\(formatShape(tensor.shape)), dtype=float32, sparse=False, name=\(tensor.node.layer.name)>"
    }

    override func attributeNames() -> [String] { ["shape", "dtype", "ndim"] }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "shape": return KerasValues.shapeTuple(tensor.shape)
        case "dtype": return .str("float32")
        case "ndim": return .int(tensor.shape.count)
        default: return nil
        }
    }
}
