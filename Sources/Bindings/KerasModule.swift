import NeuralNet
import Script
import TensorCore
import TextProcessing

/// The native module `_keras` behind `import keras` / `import tensorflow as tf`: layer
/// constructors, models, optimizers and the text preprocessing utilities. The importable
/// surface (`keras.layers`, `tensorflow.keras.models`, ...) is Stdlib/keras and
/// Stdlib/tensorflow, which re-export these same objects.
enum KerasModule {
    static func build(_ interp: Interpreter, _ types: NumpyTypes) -> PyModule {
        let m = PyModule(name: "_keras")
        func def(_ name: String, _ body: @escaping NativeFunctionBody) {
            m[name] = .object(PyNativeFunction(name, body))
        }
        for (name, parameters, required, make) in KerasLayers.constructors {
            def(name) { interp, args in
                KerasLayerObject.wrap(try KerasLayers.make(name, parameters, required, make, args, interp), types)
            }
        }
        def("Input") { interp, args in
            let a = try KerasArguments(args, "Input", ["shape", "batch_size", "name"], interp)
            guard let shape = try a.shape("shape") else {
                throw PyException(.valueError, "You must pass a `shape` argument.")
            }
            let tensor = try KerasValues.running(interp) {
                try NeuralNet.Input(shape: shape, batchSize: a.int("batch_size"), name: a.string("name"))
            }
            return .object(KerasTensorObject(tensor, types))
        }
        def("Sequential") { interp, args in
            let a = try KerasArguments(args, "Sequential", ["layers", "trainable", "name"], interp)
            let layers = try KerasModelObject.layers(a["layers"], interp)
            let model = try KerasValues.running(interp) { try Sequential(layers, name: a.string("name")) }
            return .object(KerasModelObject(model, types))
        }
        def("Model") { interp, args in
            let a = try KerasArguments(args, "Model", ["inputs", "outputs", "name"], interp)
            guard let inputs = a["inputs"], let outputs = a["outputs"] else {
                throw PyException(.typeError, "Model() needs `inputs` and `outputs`: subclassed models are not supported.")
            }
            let model = try KerasValues.running(interp) {
                try Functional(inputs: symbolic(inputs, interp), outputs: symbolic(outputs, interp), name: a.string("name"))
            }
            return .object(KerasModelObject(model, types))
        }
        for (name, kind) in [("Adam", "adam"), ("AdamW", "adamw"), ("SGD", "sgd"), ("RMSprop", "rmsprop")] {
            def(name) { interp, args in try optimizer(name, kind, args, interp) }
        }
        for (name, kind) in [("BinaryCrossentropy", "binary_crossentropy"), ("CategoricalCrossentropy", "categorical_crossentropy"),
                             ("SparseCategoricalCrossentropy", "sparse_categorical_crossentropy"),
                             ("MeanSquaredError", "mean_squared_error"), ("MeanAbsoluteError", "mean_absolute_error")] {
            def(name) { interp, args in try KerasLossObject.make(name, kind, args, interp) }
        }
        def("Tokenizer") { interp, args in try KerasTokenizerObject.make(args, interp, types) }
        def("pad_sequences") { interp, args in try KerasPreprocessing.padSequences(args, interp, types) }
        def("to_categorical") { interp, args in try KerasPreprocessing.toCategorical(args, interp, types) }
        def("array_to_img") { interp, args in try KerasImages.arrayToImage(args, interp, types) }
        def("clear_session") { _, args in
            try args.expect("clear_session", 0...0)
            LayerNames.clearSession()
            return .none
        }
        def("set_random_seed") { interp, args in
            try args.expect("set_random_seed", 1...1)
            let seed = try interp.toInt(args.positional[0])
            guard let value = UInt32(exactly: seed) else {
                throw PyException(.valueError, "Seed must be between 0 and 2**32 - 1")
            }
            Randomness.seed(value)
            return .none
        }
        return m
    }

    /// Symbolic tensors for `Model(inputs=..., outputs=...)`: one, or a list of them.
    private static func symbolic(_ v: Value, _ interp: Interpreter) throws -> [KerasTensor] {
        let items: [Value]
        if case .object(let o) = v, o is PyList || o is PyTuple { items = try interp.iterateToArray(v) } else { items = [v] }
        return try items.map { item in
            guard case .object(let o) = item, let t = o as? KerasTensorObject else {
                throw PyException(.valueError, "All `inputs` and `outputs` values must be KerasTensors. Received: \(interp.reprOf(item)) (of type \(interp.typeName(item)))")
            }
            return t.tensor
        }
    }

    /// `Adam(learning_rate=0.001, ...)`: Keras's defaults, with the common settings.
    private static func optimizer(_ name: String, _ kind: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        let a = try KerasArguments(args, name, ["learning_rate", "beta_1", "beta_2", "epsilon", "momentum", "nesterov",
                                                "rho", "weight_decay"], interp)
        let made: Optimizer
        switch kind {
        case "adam":
            made = .adam(learningRate: Float(try a.double("learning_rate", 0.001)), beta1: Float(try a.double("beta_1", 0.9)),
                         beta2: Float(try a.double("beta_2", 0.999)), epsilon: Float(try a.double("epsilon", 1e-7)))
        case "adamw":
            made = .adamW(learningRate: Float(try a.double("learning_rate", 0.001)), weightDecay: Float(try a.double("weight_decay", 0.004)),
                          beta1: Float(try a.double("beta_1", 0.9)), beta2: Float(try a.double("beta_2", 0.999)),
                          epsilon: Float(try a.double("epsilon", 1e-7)))
        case "sgd":
            made = .sgd(learningRate: Float(try a.double("learning_rate", 0.01)), momentum: Float(try a.double("momentum", 0)),
                        nesterov: try a.bool("nesterov", false))
        default:
            made = .rmsprop(learningRate: Float(try a.double("learning_rate", 0.001)), rho: Float(try a.double("rho", 0.9)),
                            epsilon: Float(try a.double("epsilon", 1e-7)))
        }
        return .object(KerasOptimizerObject(made, name))
    }
}
