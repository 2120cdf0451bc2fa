import NeuralNet
import Script

/// A Keras model (Sequential or functional) as a script value: compile, fit, evaluate,
/// predict and summary, with progress and summary text written to the script's output.
final class KerasModelObject: KerasLayerObject {
    let model: Model

    init(_ model: Model, _ types: NumpyTypes) {
        self.model = model
        super.init(model, types)
    }

    override func attributeNames() -> [String] {
        super.attributeNames() + ["layers", "inputs", "outputs", "input_shape", "output_shape", "add", "pop", "compile", "fit", "evaluate",
                                  "predict", "summary", "get_layer", "save_weights", "load_weights", "train_on_batch", "test_on_batch", "predict_on_batch"]
    }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "layers": return .object(PyList(model.layers.map { KerasLayerObject.wrap($0, types) }))
        case "inputs", "outputs":
            guard let graph = model.graph else {
                throw PyException(.attributeError, "The layer \(model.name) has never been called and thus has no defined \(name == "inputs" ? "input" : "output").")
            }
            return .object(PyList((name == "inputs" ? graph.inputs : graph.outputs).map { .object(KerasTensorObject($0, types)) }))
        case "input_shape", "output_shape":
            // Keras 3: a tuple for one input (output), a list of tuples for several.
            guard let graph = model.graph else {
                throw PyException(.attributeError, "The layer \(model.name) has never been called and thus has no defined \(name == "input_shape" ? "input" : "output") shape.")
            }
            let shapes = (name == "input_shape" ? graph.inputs : graph.outputs).map { KerasValues.shapeTuple($0.shape) }
            return shapes.count == 1 ? shapes[0] : .object(PyList(shapes))
        case "add": return method(name) { [self] interp, args in
            try args.expect("add", 1...1)
            guard let sequential = model as? Sequential else {
                throw PyException(.attributeError, "'Functional' object has no attribute 'add'")
            }
            let added = try layerArgument(args.positional[0], interp)
            try KerasValues.running(interp) { try sequential.add(added) }
            return .none
        }
        case "pop": return method(name) { [self] interp, args in
            try args.expect("pop", 0...0)
            guard let sequential = model as? Sequential else {
                throw PyException(.attributeError, "'Functional' object has no attribute 'pop'")
            }
            return KerasLayerObject.wrap(try KerasValues.running(interp) { try sequential.pop() }, types)
        }
        case "get_layer": return method(name) { [self] interp, args in
            let a = try KerasArguments(args, "get_layer", ["name", "index"], interp)
            if let wanted = try a.string("name") {
                guard let found = model.layers.first(where: { $0.name == wanted }) else {
                    throw PyException(.valueError, "No such layer: \(wanted). Existing layers are: \(model.layers.map { "'\($0.name)'" }).")
                }
                return KerasLayerObject.wrap(found, types)
            }
            guard let index = try a.int("index"), model.layers.indices.contains(index) else {
                throw PyException(.valueError, "Provide either a layer name or layer index at `get_layer`.")
            }
            return KerasLayerObject.wrap(model.layers[index], types)
        }
        case "compile": return method(name) { [self] interp, args in try compile(args, interp) }
        case "fit": return method(name) { [self] interp, args in try fit(args, interp) }
        case "evaluate": return method(name) { [self] interp, args in try evaluate(args, interp) }
        case "predict": return method(name) { [self] interp, args in
            let a = try KerasArguments(args, "predict", ["x", "batch_size", "verbose"], required: 1, interp)
            let x = try KerasValues.inputs(a["x"] ?? .none, interp, types)
            let outputs = try KerasValues.running(interp) {
                try model.predict(x: x, batchSize: a.int("batch_size"), verbose: verbosity(a))
            }
            return try KerasValues.arrays(outputs, interp, types)
        }
        case "train_on_batch", "test_on_batch": return method(name) { [self] interp, args in
            let a = try KerasArguments(args, name, ["x", "y"], required: 2, interp)
            let x = try KerasValues.inputs(a["x"] ?? .none, interp, types)
            let y = try KerasValues.floatTensor(a["y"] ?? .none, interp, types)
            let results = try KerasValues.running(interp) {
                name == "train_on_batch" ? try model.trainOnBatch(x: x, y: y) : try model.testOnBatch(x: x, y: y)
            }
            return scalars(results)
        }
        case "predict_on_batch": return method(name) { [self] interp, args in
            let a = try KerasArguments(args, name, ["x"], required: 1, interp)
            let x = try KerasValues.inputs(a["x"] ?? .none, interp, types)
            return try KerasValues.arrays(try KerasValues.running(interp) { try model.predictOnBatch(x: x) }, interp, types)
        }
        case "save_weights": return method(name) { [self] interp, args in
            let a = try KerasArguments(args, name, ["filepath", "overwrite"], required: 1, interp)
            try KerasWeightsFile.save(model, to: try filepath(a), overwrite: a.bool("overwrite", true), interp)
            return .none
        }
        case "load_weights": return method(name) { [self] interp, args in
            let a = try KerasArguments(args, name, ["filepath"], required: 1, interp)
            try KerasWeightsFile.load(model, from: try filepath(a), interp)
            return .none
        }
        case "summary": return method(name) { [self] interp, args in
            let a = try KerasArguments(args, "summary", ["line_length"], interp)
            try KerasValues.running(interp) { model.summary(lineLength: try a.int("line_length")) }
            return .none
        }
        default: return try super.getAttribute(name, interp)
        }
    }

    /// `compile(optimizer="rmsprop", loss=None, metrics=None)`.
    private func compile(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let a = try KerasArguments(args, "compile", ["optimizer", "loss", "loss_weights", "metrics"], interp)
        let optimizer: Optimizer
        switch a["optimizer"] {
        case nil: optimizer = .rmsprop()
        case .object(let o as KerasOptimizerObject)?: optimizer = o.optimizer
        case let v?: optimizer = try KerasValues.running(interp) { try Optimizer(name: try interp.toStr(v)) }
        }
        let loss: Loss?
        switch a["loss"] {
        case nil, .none?: loss = nil
        case .object(let o as KerasLossObject)?: loss = o.loss
        case let v?: loss = try KerasValues.running(interp) { try Loss(name: try interp.toStr(v)) }
        }
        let metrics = try a["metrics"].map { try interp.iterateToArray($0).map { try interp.toStr($0) } } ?? []
        try KerasValues.running(interp) { try model.compile(optimizer: optimizer, loss: loss, metrics: metrics) }
        return .none
    }

    /// `fit(x, y, batch_size=None, epochs=1, verbose="auto", validation_split=0.0,
    /// validation_data=None, shuffle=True)`: returns a History.
    private func fit(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let a = try KerasArguments(args, "fit", ["x", "y", "batch_size", "epochs", "verbose", "callbacks",
                                                 "validation_split", "validation_data", "shuffle"], interp)
        guard let xValue = a["x"], let yValue = a["y"] else {
            throw PyException(.valueError, "fit() needs both `x` and `y`: training without targets is not supported.")
        }
        let x = try KerasValues.inputs(xValue, interp, types)
        let y = try KerasValues.floatTensor(yValue, interp, types)
        var validation: (x: [FloatTensor], y: FloatTensor)?
        if let pair = a["validation_data"] {
            let items = try interp.iterateToArray(pair)
            guard items.count == 2 else {
                throw PyException(.valueError, "When passing a `validation_data` argument, it must contain 2 items (x_val, y_val). Received: validation_data=\(interp.reprOf(pair))")
            }
            validation = (try KerasValues.inputs(items[0], interp, types), try KerasValues.floatTensor(items[1], interp, types))
        }
        let history = try KerasValues.running(interp) {
            try model.fit(x: x, y: y, batchSize: a.int("batch_size"), epochs: a.int("epochs", 1), verbose: verbosity(a),
                          validationSplit: a.double("validation_split", 0), validationData: validation,
                          shuffle: a.bool("shuffle", true))
        }
        return .object(KerasHistoryObject(history))
    }

    /// `evaluate(x, y, batch_size=None, verbose="auto")`: the loss, or [loss, metrics...].
    private func evaluate(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let a = try KerasArguments(args, "evaluate", ["x", "y", "batch_size", "verbose"], interp)
        guard let xValue = a["x"], let yValue = a["y"] else {
            throw PyException(.valueError, "evaluate() needs both `x` and `y`.")
        }
        let x = try KerasValues.inputs(xValue, interp, types)
        let y = try KerasValues.floatTensor(yValue, interp, types)
        let results = try KerasValues.running(interp) {
            try model.evaluate(x: x, y: y, batchSize: a.int("batch_size"), verbose: verbosity(a))
        }
        return scalars(results)
    }

    /// The loss alone, or `[loss, metrics...]`: what evaluate and the *_on_batch methods return.
    private func scalars(_ results: [(String, Double)]) -> Value {
        if results.count == 1 { return .float(results[0].1) }
        return .object(PyList(results.map { .float($0.1) }))
    }

    /// A `filepath` argument: a str (Keras also takes a pathlib.Path, which nlpnb lacks).
    private func filepath(_ a: KerasArguments) throws -> String {
        guard case .str(let path)? = a["filepath"] else {
            throw PyException(.typeError, "expected str, bytes or os.PathLike object, not \(a.interp.typeName(a["filepath"] ?? .none))")
        }
        return path
    }

    /// Keras's `verbose`: "auto" (the default) means 1.
    private func verbosity(_ a: KerasArguments) throws -> Int {
        guard let v = a["verbose"] else { return 1 }
        if case .str(let s) = v {
            guard s == "auto" else { throw PyException(.valueError, "Invalid value for `verbose`: '\(s)'. Expected \"auto\", 0, 1 or 2.") }
            return 1
        }
        return try a.interp.toInt(v)
    }

    private func layerArgument(_ v: Value, _ interp: Interpreter) throws -> Layer {
        if case .object(let o) = v {
            if let l = o as? KerasLayerObject { return l.layer }
            if let t = o as? KerasTensorObject, let input = t.tensor.node.layer as? InputLayer { return input }
        }
        throw PyException(.typeError, "Only instances of `keras.Layer` can be added to a Sequential model. Received: \(interp.reprOf(v)) (of type \(interp.typeName(v)))")
    }

    /// The layers of `Sequential([...])`.
    static func layers(_ v: Value?, _ interp: Interpreter) throws -> [Layer] {
        guard let v else { return [] }
        return try interp.iterateToArray(v).map { item in
            if case .object(let o) = item {
                if let l = o as? KerasLayerObject { return l.layer }
                if let t = o as? KerasTensorObject, let input = t.tensor.node.layer as? InputLayer { return input }
            }
            throw PyException(.typeError, "Only instances of `keras.Layer` can be added to a Sequential model. Received: \(interp.reprOf(item)) (of type \(interp.typeName(item)))")
        }
    }
}

/// What `fit` returns: `history.history` maps each logged name to its per-epoch values.
final class KerasHistoryObject: NativeObject {
    let history: History

    init(_ history: History) { self.history = history }

    override var typeName: String { "History" }
    override var typeModule: String { "keras.src.callbacks.history" }

    override func repr(_ interp: Interpreter) throws -> String {
        "<keras.src.callbacks.history.History at \(interp.address(self))>"
    }

    override func attributeNames() -> [String] { ["history", "params", "epoch"] }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "history":
            return try interp.makeDict(history.keys.map { key in
                (.str(key), .object(PyList((history.history[key] ?? []).map(Value.float))))
            })
        case "params":
            let p = history.params
            return try interp.makeDict([(.str("verbose"), .int(p.verbose)), (.str("epochs"), .int(p.epochs)), (.str("steps"), .int(p.steps))])
        case "epoch": return .object(PyList(history.epochs.map(Value.int)))
        default: return nil
        }
    }
}

/// `keras.optimizers.Adam(learning_rate=0.001)` and friends, for `model.compile`.
final class KerasOptimizerObject: NativeObject {
    let optimizer: Optimizer
    let className: String

    init(_ optimizer: Optimizer, _ className: String) {
        self.optimizer = optimizer
        self.className = className
    }

    override var typeName: String { className }
    override var typeModule: String { "keras.optimizers" }

    override func attributeNames() -> [String] { ["learning_rate", "iterations"] }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "learning_rate": return .float(Double(optimizer.learningRate))
        case "iterations": return .int(optimizer.iterations)
        default: return nil
        }
    }

    override func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        guard name == "learning_rate" else { return false }
        optimizer.learningRate = Float(try interp.toDouble(value))
        return true
    }
}

/// `keras.losses.BinaryCrossentropy(from_logits=False)` and friends, for `model.compile`.
final class KerasLossObject: NativeObject {
    let loss: Loss
    let className: String

    init(_ loss: Loss, _ className: String) {
        self.loss = loss
        self.className = className
    }

    override var typeName: String { className }
    override var typeModule: String { "keras.losses" }

    override func repr(_ interp: Interpreter) throws -> String { "<LossFunctionWrapper(<function \(name) at \(interp.address(self))>, kwargs={})>" }

    /// Keras's `loss.name`: the snake-case function name.
    var name: String {
        switch loss {
        case .binaryCrossentropy: return "binary_crossentropy"
        case .categoricalCrossentropy: return "categorical_crossentropy"
        case .sparseCategoricalCrossentropy: return "sparse_categorical_crossentropy"
        case .meanSquaredError: return "mean_squared_error"
        case .meanAbsoluteError: return "mean_absolute_error"
        }
    }

    override func attributeNames() -> [String] { ["name"] }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        name == "name" ? .str(self.name) : nil
    }

    static func make(_ className: String, _ kind: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        let a = try KerasArguments(args, className, ["from_logits", "reduction", "name"], interp)
        let fromLogits = try a.bool("from_logits", false)
        if let reduction = try a.string("reduction"), reduction != "sum_over_batch_size" {
            throw PyException(.valueError, "nlpnb's losses average over the batch (reduction='sum_over_batch_size'); got reduction='\(reduction)'")
        }
        let loss: Loss
        switch kind {
        case "binary_crossentropy": loss = .binaryCrossentropy(fromLogits: fromLogits)
        case "categorical_crossentropy": loss = .categoricalCrossentropy(fromLogits: fromLogits)
        case "sparse_categorical_crossentropy": loss = .sparseCategoricalCrossentropy(fromLogits: fromLogits)
        case "mean_squared_error": loss = .meanSquaredError
        default: loss = .meanAbsoluteError
        }
        return .object(KerasLossObject(loss, className))
    }
}
