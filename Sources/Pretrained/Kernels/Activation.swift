import Foundation

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

    var function: (Float) -> Float {
        switch self {
        case .gelu:
            return { x in 0.5 * x * (1 + erff(x * Float(0.5).squareRoot())) }
        case .geluTanh:
            // 0.5 · (1 + tanh(u)) is sigmoid(2u): one expf instead of tanhf (which costs an
            // expm1f and more), the same function to float rounding.
            let twiceScale = 2 * Float((2 / Double.pi).squareRoot())
            return { x in x / (1 + expf(-twiceScale * (x + 0.044715 * x * x * x))) }
        case .relu:
            return { x in max(x, 0) }
        case .tanh:
            return { x in tanhf(x) }
        case .silu:
            return { x in x / (1 + expf(-x)) }
        }
    }
}
