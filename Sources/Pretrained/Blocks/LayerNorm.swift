import TensorCore

/// `nn.LayerNorm` over the last axis.
struct LayerNorm {
    let weight: [Float]
    let bias: [Float]
    let epsilon: Double

    /// The layer norm `name` (`name.weight`, `name.bias`) of width `size`.
    init(_ loader: WeightLoader, _ name: String, size: Int, epsilon: Double, head: Bool = false) throws {
        let load = head ? loader.head : loader.base
        weight = try load(name + ".weight", [size]).values(as: Float.self)
        bias = try load(name + ".bias", [size]).values(as: Float.self)
        self.epsilon = epsilon
    }

    /// The norm of x, or of x + residual (post-norm blocks) in the same pass.
    func callAsFunction(_ x: Tensor, residual: Tensor? = nil) throws -> Tensor {
        try layerNormKernel(x, residual: residual, weight: weight, bias: bias, epsilon: epsilon)
    }
}
