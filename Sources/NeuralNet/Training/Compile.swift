import TensorCore

/// What `model.compile(optimizer, loss, metrics)` fixed.
public struct CompiledState {
    public let optimizer: Optimizer
    public let loss: Loss?
    /// Metrics as requested, with the names they are logged under.
    public let metrics: [(name: String, metric: Metric)]
}

/// `model.fit` returns this: `history.history["loss"]` lists one value per epoch. Keys keep
/// Keras's (alphabetical) log order.
public final class History {
    public private(set) var keys: [String] = []
    public private(set) var history: [String: [Double]] = [:]
    public private(set) var epochs: [Int] = []
    /// `history.params`: `{"verbose": 1, "epochs": 5, "steps": 2}`.
    public let params: (verbose: Int, epochs: Int, steps: Int)

    init(verbose: Int, epochs: Int, steps: Int) { params = (verbose, epochs, steps) }

    func record(epoch: Int, _ logs: [(String, Double)]) {
        epochs.append(epoch)
        for (key, value) in logs {
            if history[key] == nil { keys.append(key) }
            history[key, default: []].append(value)
        }
    }
}

extension Model {
    /// `model.compile(optimizer="rmsprop", loss=None, metrics=None)`.
    public func compile(optimizer: Optimizer = .rmsprop(), loss: Loss?, metrics: [String] = []) throws {
        compiled = CompiledState(optimizer: optimizer, loss: loss,
                                 metrics: try metrics.map { ($0, try Metric(name: $0)) })
    }
}
