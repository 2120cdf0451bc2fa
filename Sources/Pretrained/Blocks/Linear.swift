import TensorCore

/// y = x · W + b over the last axis of x, with W held as (in, out).
///
/// torch's `nn.Linear` stores its weight as (out, in) and GPT-2's `Conv1D` as (in, out);
/// both load into this one block, the first as a transposed view (BLAS reads it in place).
struct Linear {
    let weight: Tensor
    let bias: Tensor?

    /// An `nn.Linear` named `name` (`name.weight` of shape (out, in), `name.bias`).
    static func torch(_ loader: WeightLoader, _ name: String, inputs: Int, outputs: Int, bias: Bool = true,
                      head: Bool = false) throws -> Linear {
        let load = head ? loader.head : loader.base
        return Linear(weight: try load(name + ".weight", [outputs, inputs]).T,
                      bias: bias ? try load(name + ".bias", [outputs]) : nil)
    }

    /// A GPT-2 `Conv1D` named `name` (`name.weight` of shape (in, out)).
    static func conv1D(_ loader: WeightLoader, _ name: String, inputs: Int, outputs: Int) throws -> Linear {
        Linear(weight: try loader.base(name + ".weight", [inputs, outputs]),
               bias: try loader.base(name + ".bias", [outputs]))
    }

    func callAsFunction(_ x: Tensor) throws -> Tensor {
        let product = try Tensor.matmul(x, weight)
        guard let bias else { return product }
        return try product + bias
    }
}
