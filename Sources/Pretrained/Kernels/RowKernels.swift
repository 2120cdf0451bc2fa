import TensorCore

// Kernels over the last axis of a float32 tensor, written as loops over its rows: layer
// norm (with the residual sum before it folded in), RMS norm and element-wise activations.
// Each reads the input in place (`withUnsafeElements`), writes a fresh tensor, and shares
// large tensors' rows among the cores.

/// Applies `body` to every row (last-axis run) of `x`, returning a tensor of `x`'s shape;
/// `residual`, of the same shape, is added to the input first when given.
private func mapRows(_ x: Tensor, adding residual: Tensor? = nil,
                     _ body: (_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, _ width: Int) -> Void) throws -> Tensor {
    if let residual, residual.shape != x.shape {
        throw PretrainedError(.runtimeError, "residual shape \(residual.shape) does not match \(x.shape)")
    }
    let width = x.shape.last ?? 1
    return try Tensor(shape: x.shape, zeroed: false) { (output: UnsafeMutableBufferPointer<Float>) in
        try x.withUnsafeElements(Float.self) { input in
            let rows = width == 0 ? 0 : input.count / width
            guard let inputBase = input.baseAddress, let outputBase = output.baseAddress, rows > 0 else { return }
            func run(_ added: UnsafePointer<Float>?) {
                rowChunks(rows: rows, width: width) { band in
                    for row in band {
                        let source = inputBase + row * width, target = outputBase + row * width
                        if let added {
                            // The sum goes to the output row, which the body then reads.
                            for i in 0..<width { target[i] = source[i] + added[row * width + i] }
                            body(target, target, width)
                        } else {
                            body(source, target, width)
                        }
                    }
                }
            }
            if let residual {
                try residual.withUnsafeElements(Float.self) { run($0.baseAddress) }
            } else {
                run(nil)
            }
        }
    }
}

/// Runs `body` over bands of `0..<rows` on the cores, or at once when the rows are few.
private func rowChunks(rows: Int, width: Int, _ body: (Range<Int>) -> Void) {
    let chunks = rows * width < 1 << 16 ? 1 : min(rows, 8)
    parallelChunks(chunks) { chunk in body((chunk * rows / chunks)..<((chunk + 1) * rows / chunks)) }
}

/// `torch.nn.functional.layer_norm` over the last axis of `x` (+ `residual`, the post-norm
/// blocks' sum): (x − mean) / sqrt(var + eps) · weight + bias, with the biased variance.
/// Sums run in 16 float lanes (each lane sums width / 16 values), as PyTorch's vectorised
/// kernel does.
func layerNormKernel(_ x: Tensor, residual: Tensor? = nil, weight: [Float], bias: [Float], epsilon: Double) throws -> Tensor {
    try mapRows(x, adding: residual) { input, output, width in
        let mean = laneSum(input, width) { $0 } / Float(width)
        let variance = laneSum(input, width) { ($0 - mean) * ($0 - mean) } / Float(width)
        let inverseDeviation = 1 / (variance + Float(epsilon)).squareRoot()
        for i in 0..<width { output[i] = (input[i] - mean) * inverseDeviation * weight[i] + bias[i] }
    }
}

/// T5's layer norm (RMS norm): x / sqrt(mean(x²) + eps) · weight, with no mean subtraction
/// and no bias.
func rmsNormKernel(_ x: Tensor, weight: [Float], epsilon: Double) throws -> Tensor {
    try mapRows(x) { input, output, width in
        let inverseRoot = 1 / (laneSum(input, width) { $0 * $0 } / Float(width) + Float(epsilon)).squareRoot()
        for i in 0..<width { output[i] = input[i] * inverseRoot * weight[i] }
    }
}

/// Σ term(values[i]) over `count` floats, in 16 running sums added at the end. `term` is
/// applied to 16 values at a time and should be plain arithmetic, which Swift's SIMD types
/// compile to vector instructions (their comparisons and min / max they do not).
@inline(__always) private func laneSum(_ values: UnsafePointer<Float>, _ count: Int,
                                       _ term: (SIMD16<Float>) -> SIMD16<Float>) -> Float {
    var sums = SIMD16<Float>(), i = 0
    while i + 16 <= count {
        sums += term(UnsafeRawPointer(values + i).loadUnaligned(as: SIMD16<Float>.self))
        i += 16
    }
    var total = sums.sum()
    while i < count {
        total += term(SIMD16(repeating: values[i]))[0]
        i += 1
    }
    return total
}

/// `activation(x)` element by element.
func activationKernel(_ x: Tensor, _ activation: Activation) throws -> Tensor {
    try mapRows(x) { input, output, width in
        output.update(from: input, count: width)
        activation.apply(output, count: width)
    }
}
