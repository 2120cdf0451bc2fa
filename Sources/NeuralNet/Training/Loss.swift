import TensorCore

/// Keras's losses, by name or object: per-sample values averaged over the batch
/// ("sum_over_batch_size"). Probabilities are clipped to [1e-7, 1 − 1e-7] before the log,
/// unless the predictions come straight from a sigmoid/softmax, whose logits are used
/// instead, as Keras's TensorFlow backend does.
public enum Loss: Equatable {
    case binaryCrossentropy(fromLogits: Bool)
    case categoricalCrossentropy(fromLogits: Bool)
    case sparseCategoricalCrossentropy(fromLogits: Bool)
    case meanSquaredError
    case meanAbsoluteError

    static let epsilon: Float = 1e-7

    /// The loss a Keras string names.
    public init(name: String) throws {
        switch name {
        case "binary_crossentropy", "BinaryCrossentropy": self = .binaryCrossentropy(fromLogits: false)
        case "categorical_crossentropy", "CategoricalCrossentropy": self = .categoricalCrossentropy(fromLogits: false)
        case "sparse_categorical_crossentropy", "SparseCategoricalCrossentropy": self = .sparseCategoricalCrossentropy(fromLogits: false)
        case "mse", "mean_squared_error", "MeanSquaredError": self = .meanSquaredError
        case "mae", "mean_absolute_error", "MeanAbsoluteError": self = .meanAbsoluteError
        default: throw TensorError(.valueError, "Could not interpret loss identifier: \(name)")
        }
    }

    /// The batch loss (a scalar) for predictions against targets.
    func batchLoss(_ prediction: Variable, _ target: FloatTensor) throws -> Variable {
        try perSample(prediction, target).mean()
    }

    /// One loss value per sample (the mean over the last axis where Keras takes it).
    func perSample(_ prediction: Variable, _ rawTarget: FloatTensor) throws -> Variable {
        let sparse: Bool
        if case .sparseCategoricalCrossentropy = self { sparse = true } else { sparse = false }
        let target = Variable(sparse ? try oneHot(rawTarget, prediction.shape) : try matchedTarget(rawTarget, prediction.shape))
        switch self {
        case .binaryCrossentropy(let fromLogits):
            let elementwise: Variable
            if let logits = fromLogits ? prediction : prediction.logits {
                // softplus(x) − x·z = −[z·log σ(x) + (1 − z)·log(1 − σ(x))]
                elementwise = try logits.softplus().subtract(logits.multiply(target))
            } else {
                let p = prediction.clip(Loss.epsilon, 1 - Loss.epsilon)
                let positive = try target.multiply(p.log())
                let negative = try target.affine(scale: -1, shift: 1).multiply(p.affine(scale: -1, shift: 1).log())
                elementwise = try positive.add(negative).negate()
            }
            return try elementwise.mean(axes: [-1])
        case .categoricalCrossentropy(let fromLogits), .sparseCategoricalCrossentropy(let fromLogits):
            if let logits = fromLogits ? prediction : prediction.logits {
                return try target.multiply(logits.logSoftmax(axis: -1)).sum(axes: [-1]).negate()
            }
            let normalised = try prediction.divide(prediction.sum(axes: [-1], keepdims: true))
            let p = normalised.clip(Loss.epsilon, 1 - Loss.epsilon)
            return try target.multiply(p.log()).sum(axes: [-1]).negate()
        case .meanSquaredError:
            return try prediction.subtract(target).square().mean(axes: [-1])
        case .meanAbsoluteError:
            return try prediction.subtract(target).abs().mean(axes: [-1])
        }
    }

    /// Integer class labels (one per row of the predictions) as one-hot rows, after Keras's
    /// checks: a trailing unit axis of the labels is dropped, then their shape must be the
    /// predictions' without the class axis.
    private func oneHot(_ labels: FloatTensor, _ shape: [Int]) throws -> FloatTensor {
        let classes = shape.last ?? 1
        var labelShape = labels.shape
        if labelShape.count == shape.count, labelShape.last == 1 { labelShape.removeLast() }
        guard labelShape.count == shape.count - 1 else {
            throw TensorError(.valueError, "Argument `output` must have rank (ndim) `target.ndim - 1`. Received: target.shape=\(tracedShape(labelShape)), output.shape=\(tracedShape(shape))")
        }
        guard labelShape.elementsEqual(shape.dropLast()) else {
            throw TensorError(.valueError, "Arguments `target` and `output` must have the same shape up until the last dimension: target.shape=\(tracedShape(labelShape)), output.shape=\(tracedShape(shape))")
        }
        var oneHot = FloatTensor.zeros(shape)
        for (row, label) in labels.data.enumerated() {
            guard label >= 0, label < Float(classes), label == label.rounded(.down) else {
                let shown = label.isFinite && Swift.abs(label) < 1e15 ? String(Int(label)) : String(describing: label)
                throw TensorError(.valueError, "Received a label value of \(shown) which is outside the valid range of [0, \(classes)).")
            }
            oneHot.data[row * classes + Int(label)] = 1
        }
        return oneHot
    }

    /// Targets brought to the predictions' shape as Keras's `squeeze_or_expand_to_same_rank`
    /// does: (batch,) labels against (batch, 1) outputs gain the unit axis.
    private func matchedTarget(_ target: FloatTensor, _ shape: [Int]) throws -> FloatTensor {
        var target = target
        if target.rank == shape.count - 1, shape.last == 1 { target = target.reshaped(target.shape + [1]) }
        if target.rank == shape.count + 1, target.shape.last == 1 { target = target.reshaped(Array(target.shape.dropLast())) }
        guard target.rank == shape.count else {
            throw TensorError(.valueError, "Arguments `target` and `output` must have the same rank (ndim). Received: target.shape=\(tracedShape(target.shape)), output.shape=\(tracedShape(shape))")
        }
        guard target.shape == shape else {
            throw TensorError(.valueError, "Arguments `target` and `output` must have the same shape. Received: target.shape=\(tracedShape(target.shape)), output.shape=\(tracedShape(shape))")
        }
        return target
    }

    /// A shape as Keras's messages show it from inside `fit`, whose traced step does not
    /// know the batch size: `(None, 3)`.
    private func tracedShape(_ shape: [Int]) -> String {
        formatShape(shape.isEmpty ? [] : [nil] + shape.dropFirst().map(Optional.some))
    }
}
