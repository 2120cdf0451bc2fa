import TensorCore

/// The metrics `compile(metrics=[...])` accepts. "accuracy" becomes binary, sparse
/// categorical or categorical accuracy from the shapes of the first batch, as Keras's
/// `is_binary_or_sparse_categorical` decides: one output unit → binary; targets of lower
/// rank than the predictions, or a last axis of 1 against several units → sparse.
public enum Metric: Equatable {
    case accuracy
    case binaryAccuracy, categoricalAccuracy, sparseCategoricalAccuracy
    case meanSquaredError, meanAbsoluteError

    /// The metric a Keras string names.
    public init(name: String) throws {
        switch name {
        case "accuracy", "acc": self = .accuracy
        case "binary_accuracy": self = .binaryAccuracy
        case "categorical_accuracy": self = .categoricalAccuracy
        case "sparse_categorical_accuracy": self = .sparseCategoricalAccuracy
        case "mse", "mean_squared_error": self = .meanSquaredError
        case "mae", "mean_absolute_error": self = .meanAbsoluteError
        default: throw TensorError(.valueError, "Could not interpret metric identifier: \(name)")
        }
    }

    /// `.accuracy` resolved for targets and predictions of these shapes.
    func resolved(target: [Int], prediction: [Int]) -> Metric {
        guard self == .accuracy else { return self }
        if prediction.last == 1 { return .binaryAccuracy }
        if target.count < prediction.count || (target.last == 1 && (prediction.last ?? 0) > 1) { return .sparseCategoricalAccuracy }
        return .categoricalAccuracy
    }

    /// Per-sample values for one batch (predictions are (batch, ..., units)).
    func values(target: FloatTensor, prediction: FloatTensor) -> [Double] {
        let units = prediction.shape.last ?? 1
        let rows = units > 0 ? prediction.count / units : 0
        switch self {
        case .binaryAccuracy, .accuracy:
            // mean over the last axis of (prediction > 0.5) == target
            return (0..<rows).map { row in
                var hits = 0.0
                for j in 0..<units where j + row * units < target.count {
                    let predicted: Float = prediction.data[row * units + j] > 0.5 ? 1 : 0
                    if predicted == target.data[row * units + j] { hits += 1 }
                }
                return hits / Double(units)
            }
        case .categoricalAccuracy:
            return (0..<rows).map { row in argmax(prediction.data, row, units) == argmax(target.data, row, units) ? 1 : 0 }
        case .sparseCategoricalAccuracy:
            return (0..<rows).map { row in
                row < target.count && Float(argmax(prediction.data, row, units)) == target.data[row] ? 1 : 0
            }
        case .meanSquaredError, .meanAbsoluteError:
            return (0..<rows).map { row in
                var total = 0.0
                for j in 0..<units where row * units + j < target.count {
                    let d = Double(prediction.data[row * units + j] - target.data[row * units + j])
                    total += self == .meanSquaredError ? d * d : Swift.abs(d)
                }
                return total / Double(units)
            }
        }
    }

    private func argmax(_ data: [Float], _ row: Int, _ units: Int) -> Int {
        var best = 0
        for j in 1..<max(units, 1) where data[row * units + j] > data[row * units + best] { best = j }
        return best
    }
}

/// A running, sample-weighted mean (Keras's `Mean` metric state).
struct RunningMean {
    private(set) var total = 0.0, count = 0.0
    var value: Double { count > 0 ? total / count : 0 }

    mutating func add(_ value: Double, weight: Double) {
        total += value * weight
        count += weight
    }
}
