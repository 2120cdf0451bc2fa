import TensorCore

/// The layer behind `keras.Input`: it has no weights and stands for data fed to a model.
public final class InputLayer: Layer {
    /// Full shape with the batch axis first (None unless `batch_size` was given).
    public let batchShape: Shape
    /// The symbolic tensor standing for the data (made in `init`, so always present).
    public var output: KerasTensor { inboundNodes[0].outputs[0] }

    /// `InputLayer(shape=(10,), batch_size=None, name=None)`.
    public init(shape: Shape, batchSize: Int? = nil, name: String? = nil) throws {
        guard shape.allSatisfy({ ($0 ?? 1) >= 0 }) else {
            throw TensorError(.valueError, "Negative dimensions are not allowed: \(formatShape(shape))")
        }
        self.batchShape = [batchSize] + shape
        super.init(name: name)
        markBuilt()
        let node = Node(layer: self, index: 0, inputs: [])
        let tensor = KerasTensor(shape: batchShape, node: node, index: 0)
        node.outputs = [tensor]
        inboundNodes.append(node)
    }

    public override var inputArity: Int? { 0 }
    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] { [batchShape] }
}

/// `keras.Input(shape=..., batch_size=None, name=None)`: a symbolic input tensor.
public func Input(shape: Shape, batchSize: Int? = nil, name: String? = nil) throws -> KerasTensor {
    try InputLayer(shape: shape, batchSize: batchSize, name: name).output
}
