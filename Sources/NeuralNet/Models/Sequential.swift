import TensorCore

/// `keras.Sequential(layers=None, name=None)`: a stack of single-input layers.
///
/// As in Keras 3, the model is built (its layers' weights created) as soon as the input shape
/// is known: from a leading `Input`, from `input_shape=`/`input_dim=` on the first layer
/// (which adds an `InputLayer`), from a built model as first layer, or on the first call with
/// data. Each build makes a fresh functional graph, which takes a `functional` name number.
public final class Sequential: Model {
    /// The stack, a leading InputLayer included (Keras's `_layers`).
    private var stack: [Layer] = []
    private var functional: Functional?

    public init(_ layers: [Layer] = [], name: String? = nil) throws {
        super.init(name: name)
        for layer in layers { try add(layer, rebuild: false) }
        try rebuildIfPossible()
    }

    /// The layers without the InputLayer (`model.layers`).
    public override var layers: [Layer] { stack.first is InputLayer ? Array(stack.dropFirst()) : stack }
    public override var graph: Graph? { functional?.graph }

    /// `model.add(layer)`.
    public func add(_ layer: Layer, rebuild: Bool = true) throws {
        if stack.isEmpty, let shape = layer.declaredInputShape {
            try add(InputLayer(shape: shape), rebuild: false)
        }
        guard !stack.contains(where: { $0.name == layer.name }) else {
            throw TensorError(.valueError, "All layers added to a Sequential model should have unique names. Name '\(layer.name)' is already the name of a layer in this model. Update the `name` argument to pass a unique name.")
        }
        if layer is InputLayer, let first = stack.first as? InputLayer {
            throw TensorError(.valueError, "Sequential model '\(name)' has already been configured to use input shape \(formatShape(first.batchShape)). You cannot add a different Input layer to it.")
        }
        stack.append(layer)
        functional = nil
        if rebuild { try rebuildIfPossible() }
    }

    /// `model.pop()`: removes and returns the last layer.
    @discardableResult
    public func pop() throws -> Layer {
        guard let last = layers.last else { throw TensorError(.typeError, "There are no layers in the model.") }
        stack.removeLast()
        functional = nil
        try rebuildIfPossible()
        return last
    }

    /// Keras's `_maybe_rebuild`: build when the first entry says what the input looks like.
    private func rebuildIfPossible() throws {
        guard stack.count > 1 else { return }
        if let input = stack[0] as? InputLayer {
            try build(batchShape: input.batchShape)
        } else if let first = stack[0] as? Model, let shape = first.inputShapesIfKnown, shape.count == 1 {
            try build(batchShape: shape[0])
        }
    }

    /// Builds the graph for inputs of `batchShape` (batch axis included).
    public func build(batchShape: Shape) throws {
        guard !stack.isEmpty else {
            throw TensorError(.valueError, "Sequential model \(name) cannot be built because it has no layers. Call `model.add(layer)`.")
        }
        if let input = stack[0] as? InputLayer {
            guard input.batchShape == batchShape else {
                throw TensorError(.valueError, "Sequential model '\(name)' has already been configured to use input shape \(formatShape(input.batchShape)). You cannot build it with input_shape \(formatShape(batchShape))")
            }
        } else {
            stack.insert(try InputLayer(shape: Array(batchShape.dropFirst()), batchSize: batchShape.first ?? nil), at: 0)
        }
        guard let input = stack[0] as? InputLayer else { return }
        var x = input.output
        for layer in stack.dropFirst() {
            let outputs = try layer([x])
            guard outputs.count == 1, let next = outputs.first else {
                throw TensorError(.valueError, "All layers in a Sequential model should have a single output tensor. For multi-output layers, use the functional API.")
            }
            x = next
        }
        functional = try Functional(inputs: [input.output], outputs: [x])
        markBuilt()
    }

    public override func buildIfNeeded(forData shapes: [[Int]]) throws {
        guard functional == nil else { return }
        guard shapes.count == 1, let shape = shapes.first else {
            throw TensorError(.valueError, "A Sequential model takes one input, got \(shapes.count).")
        }
        // Keras builds from the first batch's actual shape, batch size included.
        try build(batchShape: shape.map(Optional.some))
    }

    /// Keras 3 traces the stack on the data's shape without checking it against the model's
    /// input shape, only its rank; each layer checks what reaches it (so an Embedding-first
    /// model takes longer sequences). A shape error found by that trace comes wrapped as Keras
    /// wraps it, with the arguments; errors that depend on values (an index out of range) do not.
    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        guard let graph else { throw unbuiltError("call") }
        try traceShapes(inputs.first?.shape ?? [], expected: graph.inputs.first?.shape ?? [], training: context.training)
        return try graph.run(inputs, context)
    }

    private func traceShapes(_ given: [Int], expected: Shape, training: Bool) throws {
        let shape = formatShape(given.map(Optional.some))
        do {
            guard expected.count == given.count else {
                throw TensorError(.valueError, "Invalid input shape for input Tensor(\"data:0\", shape=\(shape), dtype=float32). Expected shape \(formatShape(expected)), but input has incompatible shape \(shape)")
            }
            var shapes: [Shape] = [given.map(Optional.some)]
            for layer in layers { shapes = try layer.outputShapes(shapes) }
        } catch let error as TensorError {
            throw TensorError(error.kind, """
                Exception encountered when calling Sequential.call().

                \u{1B}[1m\(error.message)\u{1B}[0m

                Arguments received by Sequential.call():
                  • inputs=tf.Tensor(shape=\(shape), dtype=float32)
                  • training=\(training ? "True" : "False")
                  • mask=None
                  • kwargs=<class 'inspect._empty'>
                """)
        }
    }

    /// Built when the graph exists (Keras's `model.built`).
    public var isBuilt: Bool { functional != nil }
}
