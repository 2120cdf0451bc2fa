import TensorCore

/// `Embedding(input_dim, output_dim, embeddings_initializer="uniform", mask_zero=False)`:
/// integer ids → rows of a trainable (input_dim, output_dim) table. With `mask_zero`,
/// id 0 is padding and the mask tells later RNN and pooling layers to skip it.
public final class Embedding: Layer {
    public let inputDim: Int, outputDim: Int
    public let maskZero: Bool
    let initializer: Initializer
    public private(set) var embeddings: Weight?

    /// `inputLength` is accepted and ignored, as Keras 3 does (it warns "Argument
    /// `input_length` is deprecated"; the bindings print that): it gives no input shape.
    public init(inputDim: Int, outputDim: Int, initializer: Initializer = .uniform(low: -0.05, high: 0.05),
                maskZero: Bool = false, inputLength: Int? = nil, name: String? = nil) throws {
        for (argument, value) in [("input_dim", inputDim), ("output_dim", outputDim)] where value <= 0 {
            throw TensorError(.valueError, "`\(argument)` must be a positive integer. Received: \(argument)=\(value) (of type int).")
        }
        self.inputDim = inputDim
        self.outputDim = outputDim
        self.maskZero = maskZero
        self.initializer = initializer
        super.init(name: name)
    }

    public override func build(_ inputShapes: [Shape]) throws {
        embeddings = try addWeight("embeddings", shape: [inputDim, outputDim], initializer: initializer)
    }

    public override func outputShapes(_ inputShapes: [Shape]) throws -> [Shape] { [inputShapes[0] + [outputDim]] }

    public override func call(_ inputs: [Variable], _ context: CallContext) throws -> [Variable] {
        guard let embeddings else { return inputs }
        let ids = inputs[0].value
        // Ids are truncated to integers as Keras's cast to int32 does; the lookup checks the range.
        let rows = ids.data.map { $0.isFinite && Swift.abs($0) < 1e9 ? Int($0) : Int.min }
        let out = try context.read(embeddings).gather(rows: rows, idsShape: ids.shape)
        if maskZero { context.setMask(FloatTensor(shape: ids.shape, data: rows.map { $0 == 0 ? 0 : 1 }), on: out) }
        return [out]
    }
}
