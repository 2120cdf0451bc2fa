import CVectorMath
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
    /// Per weight: the first and second slot arrays (empty when the rule has fewer).
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
        for (weight, gradient) in pairs {
            let id = ObjectIdentifier(weight)
            // Take the arrays out of their owners so they are unique and updated in place.
            var state = slots.removeValue(forKey: id) ?? freshSlots(weight.value.count)
            var first = state[0], second = state[1]
            state = []
            var w = weight.value.data
            weight.value.data = []
            w.withUnsafeMutableBufferPointer { w in
                gradient.data.withUnsafeBufferPointer { g in
                    first.withUnsafeMutableBufferPointer { m in
                        second.withUnsafeMutableBufferPointer { v in
                            // Element-wise and exact either way; a large table (an embedding) takes both cores.
                            CoreSplitting.split(w.count, worthwhile: w.count >= 1 << 17) { update(w, g, m, v, $0) }
                        }
                    }
                }
            }
            slots[id] = [first, second]
            weight.value.data = w
        }
    }

    /// Zeroed slot arrays for a weight of `count` elements (empty ones for unused slots).
    private func freshSlots(_ count: Int) -> [[Float]] {
        (0..<2).map { [Float](repeating: 0, count: $0 < slotsPerWeight ? count : 0) }
    }

    /// The update rule on raw buffers, over the elements `range`: weights, gradient and up to
    /// two slot arrays.
    private func update(_ w: UnsafeMutableBufferPointer<Float>, _ g: UnsafeBufferPointer<Float>,
                        _ m: UnsafeMutableBufferPointer<Float>, _ v: UnsafeMutableBufferPointer<Float>, _ range: Range<Int>) {
        let lr = learningRate, t = Double(iterations)
        switch kind {
        case .adam(let beta1, let beta2, let epsilon), .adamW(let beta1, let beta2, let epsilon, _):
            if case .adamW(_, _, _, let decay) = kind {
                for i in range { w[i] -= w[i] * decay * lr }
            }
            // α = lr·√(1−β2ᵗ)/(1−β1ᵗ); m += (g−m)(1−β1); v += (g²−v)(1−β2); w −= m·α/(√v+ε)
            let alpha = lr * Float((1 - pow(Double(beta2), t)).squareRoot() / (1 - pow(Double(beta1), t)))
            guard !range.isEmpty else { return }
            let at = range.lowerBound
            nlpnb_adam_f32(w.baseAddress! + at, g.baseAddress! + at, m.baseAddress! + at, v.baseAddress! + at, range.count,
                           alpha, 1 - beta1, 1 - beta2, epsilon)
        case .sgd(let momentum, let nesterov):
            if momentum > 0 {
                // m = momentum·m − lr·g; w += m (nesterov: w += momentum·m − lr·g)
                for i in range {
                    m[i] = momentum * m[i] - lr * g[i]
                    w[i] += nesterov ? momentum * m[i] - lr * g[i] : m[i]
                }
            } else {
                for i in range { w[i] -= lr * g[i] }
            }
        case .rmsprop(let rho, let epsilon):
            // v = ρ·v + (1−ρ)·g²; w −= lr·g/√(v + ε)
            for i in range {
                m[i] = rho * m[i] + (1 - rho) * g[i] * g[i]
                w[i] -= lr * g[i] / (m[i] + epsilon).squareRoot()
            }
        }
    }
}
