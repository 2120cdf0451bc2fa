import TensorCore

/// The activations Keras layers accept by name (`activation="relu"`).
public enum ActivationFunction: String, CaseIterable {
    case linear, relu, sigmoid, softmax, tanh, gelu, elu, selu, softplus
    case leakyRelu = "leaky_relu"
    case exponential

    /// The function a Keras string names; None/nil means linear.
    public init(name: String?) throws {
        guard let name else { self = .linear; return }
        guard let function = ActivationFunction(rawValue: name) else {
            throw TensorError(.valueError, "Could not interpret activation function identifier: \(name)")
        }
        self = function
    }

    /// Applies the activation (softmax over the last axis).
    func apply(_ x: Variable) throws -> Variable {
        switch self {
        case .linear: return x
        case .relu: return x.relu()
        case .sigmoid:
            let y = x.sigmoid()
            y.logits = x
            return y
        case .softmax:
            let y = try x.softmax(axis: -1)
            y.logits = x
            return y
        case .tanh: return x.tanh()
        case .gelu: return x.gelu()
        case .elu: return x.elu()
        case .selu: return x.selu()
        case .softplus: return x.softplus()
        case .leakyRelu: return x.leakyRelu()
        case .exponential: return x.exp()
        }
    }
}
