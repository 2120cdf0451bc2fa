import TensorCore

/// A layer variable (Keras's `Variable`): a named float32 array that optimizers update.
/// Non-trainable weights (BatchNormalization's moving statistics) are updated by their
/// layer instead.
public final class Weight {
    /// The short name Keras gives it: `kernel`, `bias`, `embeddings`, `gamma`, ...
    public let name: String
    /// The sub-object of its layer that holds it in Keras, when the layer keeps several
    /// weights of one name (`query` for MultiHeadAttention's query kernel); part of its path.
    public let scope: String?
    public var value: FloatTensor
    /// False for statistics; the layer's `trainable` flag is applied on top of this.
    public let isTrainableKind: Bool
    /// The layer that owns it, for the layer-level `trainable` switch.
    public internal(set) weak var owner: Layer?

    init(name: String, scope: String?, value: FloatTensor, trainable: Bool) {
        self.name = name
        self.scope = scope
        self.value = value
        self.isTrainableKind = trainable
    }

    public var shape: [Int] { value.shape }

    /// Trainable now: a trainable kind of weight in a layer (and every enclosing model) whose
    /// `trainable` flag is on.
    public var trainable: Bool { isTrainableKind && (owner?.trainable ?? true) }

    /// Replaces the values, keeping the shape (Keras's `assign`).
    public func assign(_ newValue: FloatTensor) throws {
        guard newValue.shape == value.shape else {
            throw TensorError(.valueError, "Layer weight shape \(pythonShape(value.shape)) not compatible with provided weight shape \(pythonShape(newValue.shape))")
        }
        value = newValue
    }
}
