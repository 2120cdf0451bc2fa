import NeuralNet
import Script

/// The layer constructors of `keras.layers`, each taking Keras's keyword arguments (in
/// Keras's positional order) and making the engine layer. Every layer also takes `name`,
/// `trainable` and, as Keras 3 still allows with a warning, `input_shape`.
enum KerasLayers {
    typealias Make = (KerasArguments) throws -> Layer

    /// Constructor name, its own parameters, how many are required, and the maker.
    static let constructors: [(name: String, parameters: [String], required: Int, make: Make)] = [
        ("Dense", ["units", "activation", "use_bias", "input_dim"], 1, { a in
            try Dense(units: a.int("units", 0), activation: a.activation("activation", nil),
                      useBias: a.bool("use_bias", true), name: a.string("name"))
        }),
        ("Embedding", ["input_dim", "output_dim", "embeddings_initializer", "mask_zero", "input_length"], 2, { a in
            if a["input_length"] != nil { KerasValues.warn(KerasWarning.inputLength, a.interp) }
            let initializer = try a.string("embeddings_initializer").map { try Initializer(name: $0) }
            return try Embedding(inputDim: a.int("input_dim", 0), outputDim: a.int("output_dim", 0),
                                 initializer: initializer ?? .uniform(low: -0.05, high: 0.05),
                                 maskZero: a.bool("mask_zero", false), inputLength: a.int("input_length"), name: a.string("name"))
        }),
        ("LSTM", recurrentParameters + ["recurrent_activation", "unit_forget_bias"], 1, { a in
            try recurrent(LSTM(units: a.int("units", 0), activation: a.activation("activation", "tanh"),
                     recurrentActivation: a.activation("recurrent_activation", "sigmoid"), useBias: a.bool("use_bias", true),
                     unitForgetBias: a.bool("unit_forget_bias", true), returnSequences: a.bool("return_sequences", false),
                     returnState: a.bool("return_state", false), goBackwards: a.bool("go_backwards", false), name: a.string("name")), a)
        }),
        ("GRU", recurrentParameters + ["recurrent_activation", "reset_after"], 1, { a in
            try recurrent(GRU(units: a.int("units", 0), activation: a.activation("activation", "tanh"),
                    recurrentActivation: a.activation("recurrent_activation", "sigmoid"), useBias: a.bool("use_bias", true),
                    resetAfter: a.bool("reset_after", true), returnSequences: a.bool("return_sequences", false),
                    returnState: a.bool("return_state", false), goBackwards: a.bool("go_backwards", false), name: a.string("name")), a)
        }),
        ("SimpleRNN", recurrentParameters, 1, { a in
            try recurrent(SimpleRNN(units: a.int("units", 0), activation: a.activation("activation", "tanh"), useBias: a.bool("use_bias", true),
                          returnSequences: a.bool("return_sequences", false), returnState: a.bool("return_state", false),
                          goBackwards: a.bool("go_backwards", false), name: a.string("name")), a)
        }),
        ("Bidirectional", ["layer", "merge_mode"], 1, { a in
            guard case .object(let object as KerasLayerObject)? = a["layer"], let layer = object.layer as? Recurrent else {
                throw PyException(.valueError, "Please initialize `Bidirectional` layer with a `keras.layers.Layer` instance. Received: \(a["layer"].map { a.interp.reprOf($0) } ?? "None")")
            }
            return try Bidirectional(layer, mergeMode: a.string("merge_mode") ?? "concat", name: a.string("name"))
        }),
        ("Dropout", ["rate"], 1, { a in try Dropout(rate: a.double("rate", 0), name: a.string("name")) }),
        ("Conv1D", ["filters", "kernel_size", "strides", "padding", "activation", "use_bias"], 2, { a in
            try Conv1D(filters: a.int("filters", 0), kernelSize: a.sizeArgument("kernel_size") ?? 0,
                       strides: a.sizeArgument("strides") ?? 1, padding: a.string("padding") ?? "valid",
                       activation: a.activation("activation", nil), useBias: a.bool("use_bias", true), name: a.string("name"))
        }),
        ("MaxPooling1D", ["pool_size", "strides", "padding"], 0, { a in
            try MaxPooling1D(poolSize: a.sizeArgument("pool_size") ?? 2, strides: a.sizeArgument("strides"),
                             padding: a.string("padding") ?? "valid", name: a.string("name"))
        }),
        ("GlobalMaxPooling1D", [], 0, { a in GlobalMaxPooling1D(name: try a.string("name")) }),
        ("GlobalAveragePooling1D", [], 0, { a in GlobalAveragePooling1D(name: try a.string("name")) }),
        ("Flatten", [], 0, { a in Flatten(name: try a.string("name")) }),
        ("Reshape", ["target_shape"], 1, { a in
            try Reshape(targetShape: (a.shape("target_shape") ?? []).map { $0 ?? -1 }, name: a.string("name"))
        }),
        ("Activation", ["activation"], 1, { a in try Activation(a.string("activation") ?? "linear", name: a.string("name")) }),
        ("Concatenate", ["axis"], 0, { a in Concatenate(axis: try a.int("axis", -1), name: try a.string("name")) }),
        ("Add", [], 0, { a in Add(name: try a.string("name")) }),
        ("BatchNormalization", ["axis", "momentum", "epsilon"], 0, { a in
            try BatchNormalization(momentum: a.double("momentum", 0.99), epsilon: a.double("epsilon", 0.001), name: a.string("name"))
        }),
        ("LayerNormalization", ["axis", "epsilon"], 0, { a in
            try LayerNormalization(epsilon: a.double("epsilon", 0.001), name: a.string("name"))
        }),
        ("MultiHeadAttention", ["num_heads", "key_dim", "value_dim", "dropout", "use_bias", "output_shape"], 2, { a in
            try MultiHeadAttention(numHeads: a.int("num_heads", 0), keyDim: a.int("key_dim", 0), valueDim: a.int("value_dim"),
                                   dropout: a.double("dropout", 0), useBias: a.bool("use_bias", true),
                                   outputShape: a.int("output_shape"), name: a.string("name"))
        }),
    ]

    private static let recurrentParameters = ["units", "activation", "use_bias", "return_sequences", "return_state", "go_backwards",
                                              "dropout"]

    /// A recurrent layer with its `dropout=` applied.
    private static func recurrent(_ layer: Recurrent, _ a: KerasArguments) throws -> Layer {
        layer.dropout = Float(try a.double("dropout", 0))
        return layer
    }

    /// Keyword-only arguments every layer accepts.
    static let common = ["name", "trainable", "input_shape"]

    /// Makes the layer `name` from a call's arguments, applying the common ones.
    static func make(_ name: String, _ parameters: [String], _ required: Int, _ make: Make,
                     _ args: Arguments, _ interp: Interpreter) throws -> Layer {
        let a = try KerasArguments(args, name, parameters + common, required: required, interp)
        let layer = try KerasValues.running(interp) { try make(a) }
        if let shape = try a.shape("input_shape") {
            KerasValues.warn(KerasWarning.inputShape, interp)
            layer.declaredInputShape = shape
        } else if name == "Dense", let dim = try a.int("input_dim") {
            KerasValues.warn(KerasWarning.inputShape, interp)
            layer.declaredInputShape = [dim]
        }
        if let trainable = a["trainable"] { layer.trainable = try interp.isTruthy(trainable) }
        return layer
    }
}

extension KerasArguments {
    /// A size Keras accepts as an int or a one-element tuple (`kernel_size=3`, `(3,)`).
    func sizeArgument(_ name: String) throws -> Int? {
        guard let v = self[name] else { return nil }
        if case .object(let o) = v, o is PyTuple || o is PyList {
            let items = try interp.iterateToArray(v)
            guard items.count == 1 else {
                throw PyException(.valueError, "The `\(name)` argument must be a tuple of 1 integers. Received \(name)=\(interp.reprOf(v))")
            }
            return try interp.toInt(items[0])
        }
        return try interp.toInt(v)
    }
}
