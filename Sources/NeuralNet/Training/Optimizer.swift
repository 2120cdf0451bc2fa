import Foundation
import TensorCore

/// Keras's optimizers with their default hyper-parameters and update rules
/// (keras/src/optimizers). Slots (moments, velocities) are created per weight on first use.
public final class Optimizer {
    public enum Kind: Equatable {
        /// Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7)
        case adam(beta1: Float, beta2: Float, epsilon: Float)
        /// AdamW: Adam plus decoupled weight decay (default 0.004).
        case adamW(beta1: Float, beta2: Float, epsilon: Float, weightDecay: Float)
        /// SGD(learning_rate=0.01, momentum=0.0, nesterov=False)
        case sgd(momentum: Float, nesterov: Bool)
        /// RMSprop(learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-7)
        case rmsprop(rho: Float, epsilon: Float)
    }

    public let kind: Kind
    public var learningRate: Float
    /// Keras's `optimizer.iterations`.
    public private(set) var iterations = 0
    private var slots: [ObjectIdentifier: [[Float]]] = [:]

    public init(_ kind: Kind, learningRate: Float) {
        self.kind = kind
        self.learningRate = learningRate
    }

    public static func adam(learningRate: Float = 0.001, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-7) -> Optimizer {
        Optimizer(.adam(beta1: beta1, beta2: beta2, epsilon: epsilon), learningRate: learningRate)
    }
    public static func adamW(learningRate: Float = 0.001, weightDecay: Float = 0.004, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-7) -> Optimizer {
        Optimizer(.adamW(beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: weightDecay), learningRate: learningRate)
    }
    public static func sgd(learningRate: Float = 0.01, momentum: Float = 0, nesterov: Bool = false) -> Optimizer {
        Optimizer(.sgd(momentum: momentum, nesterov: nesterov), learningRate: learningRate)
    }
    public static func rmsprop(learningRate: Float = 0.001, rho: Float = 0.9, epsilon: Float = 1e-7) -> Optimizer {
        Optimizer(.rmsprop(rho: rho, epsilon: epsilon), learningRate: learningRate)
    }

    /// The optimizer a Keras string names, with default settings.
    public convenience init(name: String) throws {
        let made: Optimizer
        switch name.lowercased() {
        case "adam": made = .adam()
        case "adamw": made = .adamW()
        case "sgd": made = .sgd()
        case "rmsprop": made = .rmsprop()
        default: throw TensorError(.valueError, "Could not interpret optimizer identifier: \(name)")
        }
        self.init(made.kind, learningRate: made.learningRate)
    }

    /// Slot arrays per weight (Adam: m and v; SGD with momentum: one; RMSprop: one).
    var slotsPerWeight: Int {
        switch kind {
        case .adam, .adamW: return 2
        case .sgd(let momentum, _): return momentum > 0 ? 1 : 0
        case .rmsprop: return 1
        }
    }

    /// Keras counts `iterations` and `learning_rate` among an optimizer's variables, plus
    /// the slots of every trainable weight; summaries report this once built.
    public func variableCount(trainableParams: Int) -> Int { 2 + slotsPerWeight * trainableParams }

    /// Whether `apply` ran at least once (Keras builds its variables then).
    public var isBuilt: Bool { iterations > 0 }

    /// One step on every (weight, gradient) pair.
    public func apply(_ pairs: [(Weight, FloatTensor)]) {
        iterations += 1
        let lr = learningRate, t = Float(iterations)
        for (weight, gradient) in pairs {
            let id = ObjectIdentifier(weight)
            var state = slots[id] ?? Array(repeating: [Float](repeating: 0, count: weight.value.count), count: slotsPerWeight)
            var w = weight.value.data
            let g = gradient.data
            switch kind {
            case .adam(let beta1, let beta2, let epsilon), .adamW(let beta1, let beta2, let epsilon, _):
                if case .adamW(_, _, _, let decay) = kind {
                    for i in 0..<w.count { w[i] -= w[i] * decay * lr }
                }
                // α = lr·√(1−β2ᵗ)/(1−β1ᵗ); m += (g−m)(1−β1); v += (g²−v)(1−β2); w −= m·α/(√v+ε)
                let alpha = lr * (1 - Float(pow(Double(beta2), Double(t)))).squareRoot() / (1 - Float(pow(Double(beta1), Double(t))))
                for i in 0..<w.count {
                    state[0][i] += (g[i] - state[0][i]) * (1 - beta1)
                    state[1][i] += (g[i] * g[i] - state[1][i]) * (1 - beta2)
                    w[i] -= state[0][i] * alpha / (state[1][i].squareRoot() + epsilon)
                }
            case .sgd(let momentum, let nesterov):
                if momentum > 0 {
                    // m = momentum·m − lr·g; w += m (nesterov: w += momentum·m − lr·g)
                    for i in 0..<w.count {
                        state[0][i] = momentum * state[0][i] - lr * g[i]
                        w[i] += nesterov ? momentum * state[0][i] - lr * g[i] : state[0][i]
                    }
                } else {
                    for i in 0..<w.count { w[i] -= lr * g[i] }
                }
            case .rmsprop(let rho, let epsilon):
                // v = ρ·v + (1−ρ)·g²; w −= lr·g/√(v + ε)
                for i in 0..<w.count {
                    state[0][i] = rho * state[0][i] + (1 - rho) * g[i] * g[i]
                    w[i] -= lr * g[i] / (state[0][i] + epsilon).squareRoot()
                }
            }
            slots[id] = state
            weight.value = FloatTensor(shape: weight.value.shape, data: w)
        }
    }
}
