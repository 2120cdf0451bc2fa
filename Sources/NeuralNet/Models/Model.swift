import TensorCore

/// What every Keras model shares: it is a layer (so models nest), it has `layers`, and it
/// can be compiled, trained and summarised (Training/ and Summary/ extend it).
open class Model: Layer {
    /// Set by `compile`.
    public internal(set) var compiled: CompiledState?

    /// The model's layers in Keras's order (`model.layers`).
    open var layers: [Layer] { [] }

    public override var sublayers: [Layer] { layers }

    /// Symbolic input and output tensors, once known.
    open var graph: Graph? { nil }

    /// Builds the model for a first batch of these shapes when it is not yet built.
    open func buildIfNeeded(forData shapes: [[Int]]) throws {}

    public override var inputArity: Int? { graph?.inputs.count }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] {
        guard let graph else { throw unbuiltError("output_shape") }
        return graph.outputs.map(\.shape)
    }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        guard let graph else { throw unbuiltError("call") }
        try checkInputShapes(inputs.map(\.shape))
        return try graph.run(inputs, context)
    }

    /// The output shapes (Keras's `model.output_shape` for each output).
    public var outputShapesIfKnown: [Shape]? { graph?.outputs.map(\.shape) }
    public var inputShapesIfKnown: [Shape]? { graph?.inputs.map(\.shape) }

    /// Keras's check that data fits the model's declared inputs. The batch axis is not
    /// checked: Keras only warns when it differs from the one the model was built with.
    func checkInputShapes(_ shapes: [[Int]]) throws {
        guard let graph else { return }
        guard shapes.count == graph.inputs.count else {
            throw TensorError(.valueError, "Layer \"\(name)\" expects \(graph.inputs.count) input(s), but it received \(shapes.count) input tensors.")
        }
        for (index, (shape, input)) in zip(shapes, graph.inputs).enumerated() {
            let expected = input.shape
            let fits = shape.count == expected.count && zip(shape, expected).dropFirst().allSatisfy { $1 == nil || $1 == $0 }
            guard fits else {
                let inputName = input.node.layer.name
                throw TensorError(.valueError, "Input \(index) with name '\(inputName)' of layer '\(name)' is incompatible with the layer: expected shape=\(formatShape(expected)), found shape=\(formatShape(shape.map(Optional.some)))")
            }
        }
    }

    func unbuiltError(_ what: String) -> TensorError {
        TensorError(.valueError, "Model '\(name)' has not been built yet (\(what)). Call it on data or give its first layer an input shape.")
    }

    /// `model.get_weights()`: every weight's values, in Keras's order.
    public func getWeights() -> [FloatTensor] { allWeights.map(\.value) }

    /// `model.set_weights(list)`: the same count and shapes as `get_weights()`.
    public func setWeights(_ values: [FloatTensor]) throws {
        let weights = allWeights
        guard values.count == weights.count else {
            throw TensorError(.valueError, "You called `set_weights(weights)` on layer '\(name)' with a weight list of length \(values.count), but the layer was expecting \(weights.count) weights.")
        }
        for (weight, value) in zip(weights, values) { try weight.assign(value) }
    }

    /// Runs the model on arrays: building it from their shapes first if needed.
    public func forward(_ inputs: [FloatTensor], training: Bool) throws -> [FloatTensor] {
        try buildIfNeeded(forData: inputs.map(\.shape))
        return try call(inputs.map { Variable($0) }, CallContext(training: training)).map(\.value)
    }
}

/// `keras.Model(inputs, outputs, name=None)`: a model over a graph of layer calls. Several
/// inputs and outputs, shared layers and nested models all follow from the graph.
public final class Functional: Model {
    private let functionalGraph: Graph

    public init(inputs: [KerasTensor], outputs: [KerasTensor], name: String? = nil) throws {
        guard !inputs.isEmpty, !outputs.isEmpty else {
            throw TensorError(.valueError, "A functional model needs at least one input and one output.")
        }
        functionalGraph = try Graph(inputs: inputs, outputs: outputs)
        super.init(name: name)
        markBuilt()
    }

    public override var layers: [Layer] { functionalGraph.layers }
    public override var graph: Graph? { functionalGraph }
}
