/// The activation functions transformers' `ACT2FN` maps config names to.
enum Activation: Equatable {
    /// `gelu`: x · Φ(x) with the exact normal CDF, 0.5 · x · (1 + erf(x / √2)) (BERT).
    case gelu
    /// `gelu_new` / `gelu_pytorch_tanh`: the tanh approximation
    /// 0.5 · x · (1 + tanh(√(2/π) · (x + 0.044715 · x³))) (GPT-2).
    case geluTanh
    case relu
    case tanh
    /// `silu` / `swish`: x · sigmoid(x).
    case silu

    /// The activation a config's `hidden_act` / `activation_function` names.
    init(configName: String) throws {
        switch configName {
        case "gelu": self = .gelu
        case "gelu_new", "gelu_pytorch_tanh", "gelu_fast": self = .geluTanh
        case "relu": self = .relu
        case "tanh": self = .tanh
        case "silu", "swish": self = .silu
        default:
            throw PretrainedError(.keyError, "activation function '\(configName)' not found; nlpnb knows gelu, gelu_new, gelu_pytorch_tanh, relu, tanh and silu")
        }
    }

    /// Applies the function to `count` floats at `values` in place. Each case is its own
    /// plain loop over `VectorMath`'s branch-free functions, which the compiler vectorises.
    func apply(_ values: UnsafeMutablePointer<Float>, count: Int) {
        switch self {
        case .gelu:
            let inverseRoot2 = Float(0.5).squareRoot()
            for i in 0..<count { values[i] = 0.5 * values[i] * (1 + vectorizableErf(values[i] * inverseRoot2)) }
        case .geluTanh:
            // 0.5 · (1 + tanh(u)) is sigmoid(2u): one exp instead of a tanh, the same
            // function to float rounding.
            let twiceScale = 2 * Float((2 / Double.pi).squareRoot())
            for i in 0..<count {
                let x = values[i]
                values[i] = x / (1 + vectorizableExp(-twiceScale * (x + 0.044715 * x * x * x)))
            }
        case .relu:
            for i in 0..<count { values[i] = values[i] < 0 ? 0 : values[i] }
        case .tanh:
            // tanh(x) = 1 − 2 / (e²ˣ + 1), which saturates cleanly to ±1 at both ends.
            for i in 0..<count { values[i] = 1 - 2 / (vectorizableExp(2 * values[i]) + 1) }
        case .silu:
            for i in 0..<count { values[i] = values[i] / (1 + vectorizableExp(-values[i])) }
        }
    }
}
