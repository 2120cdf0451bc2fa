import TensorCore

/// y = x · W + b over the last axis of x, with W held as (in, out).
///
/// torch's `nn.Linear` stores its weight as (out, in) and GPT-2's `Conv1D` as (in, out);
/// both load into this one block, the first as a transposed view. Many rows go through
/// `matrixProduct` (BLAS, which reads either in place); a single row (generation's decode
/// step) goes through `matrixVectorProduct`, which streams the stored matrix as it lies in
/// the checkpoint.
struct Linear {
    let weight: Tensor
    let bias: Tensor?
    /// How the matrix behind `weight` lies in memory; nil when it is not one dense block.
    private let layout: WeightLayout?

    init(weight: Tensor, bias: Tensor?) {
        self.weight = weight
        self.bias = bias
        layout = weight.isContiguous ? .inputsByOutputs : weight.T.isContiguous ? .outputsByInputs : nil
    }

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

    /// x · W + b, then `activation` if given (applied in the product's pass when it can be).
    func callAsFunction(_ x: Tensor, activation: Activation? = nil) throws -> Tensor {
        let inputs = weight.shape[0], outputs = weight.shape[1]
        guard let layout, inputs > 0, outputs > 0, x.ndim >= 1, x.shape[x.ndim - 1] == inputs, x.dtype == .float32,
              weight.dtype == .float32, bias?.dtype ?? .float32 == .float32, bias?.size ?? outputs == outputs else {
            var product = try Tensor.matmul(x, weight)
            if let bias { product = try product + bias }
            return try activation.map { try activationKernel(product, $0) } ?? product
        }
        let stored = layout == .inputsByOutputs ? weight : weight.T
        let rows = x.size / inputs
        return try Tensor(shape: x.shape.dropLast() + [outputs], zeroed: false) { (y: UnsafeMutableBufferPointer<Float>) in
            guard rows > 0 else { return }
            try x.withUnsafeElements(Float.self) { input in
                try stored.withUnsafeElements(Float.self) { matrix in
                    func run(_ bias: UnsafePointer<Float>?) {
                        if rows == 1 {
                            matrixVectorProduct(input.baseAddress!, matrix.baseAddress!, layout: layout, inputs: inputs,
                                                outputs: outputs, bias: bias, into: y.baseAddress!)
                            activation?.apply(y.baseAddress!, count: outputs)
                        } else {
                            matrixProduct(input.baseAddress!, rows: rows, matrix.baseAddress!, layout: layout, inputs: inputs,
                                          outputs: outputs, bias: bias, activation: activation, into: y.baseAddress!)
                        }
                    }
                    if let bias {
                        try bias.withUnsafeElements(Float.self) { run($0.baseAddress) }
                    } else {
                        run(nil)
                    }
                }
            }
        }
    }
}
