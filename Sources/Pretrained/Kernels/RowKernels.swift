import Foundation
import TensorCore

// Kernels over the last axis of a float32 tensor, written as plain loops over its rows:
// layer norm, softmax under an attention mask, and element-wise activations. TensorCore has
// no public pointer access, so each reads the elements into an array and builds a fresh
// tensor; the copies are O(n) next to the O(n·d) matmuls around them.

/// Applies `body` to every row (last-axis run) of `x`, returning a tensor of `x`'s shape.
private func mapRows(_ x: Tensor, _ body: (_ row: Int, _ input: UnsafeBufferPointer<Float>,
                                           _ output: UnsafeMutableBufferPointer<Float>) -> Void) throws -> Tensor {
    let width = x.shape.last ?? 1
    let input = try x.values(as: Float.self)
    let rows = width == 0 ? 0 : input.count / width
    let output = [Float](unsafeUninitializedCapacity: input.count) { buffer, initialized in
        input.withUnsafeBufferPointer { source in
            for row in 0..<rows {
                let range = row * width..<(row + 1) * width
                body(row, UnsafeBufferPointer(rebasing: source[range]), UnsafeMutableBufferPointer(rebasing: buffer[range]))
            }
        }
        initialized = input.count
    }
    return try Tensor(shape: x.shape, values: output)
}

/// `torch.nn.functional.layer_norm` over the last axis: (x − mean) / sqrt(var + eps) · weight + bias,
/// with the biased variance. Sums are taken in double so long rows lose no precision.
func layerNormKernel(_ x: Tensor, weight: [Float], bias: [Float], epsilon: Double) throws -> Tensor {
    try mapRows(x) { _, input, output in
        var sum = 0.0
        for value in input { sum += Double(value) }
        let mean = sum / Double(input.count)
        var squares = 0.0
        for value in input { squares += (Double(value) - mean) * (Double(value) - mean) }
        let inverseDeviation = 1 / (squares / Double(input.count) + epsilon).squareRoot()
        for i in 0..<input.count {
            output[i] = Float((Double(input[i]) - mean) * inverseDeviation) * weight[i] + bias[i]
        }
    }
}

/// Softmax over the last axis of attention scores shaped [batch, heads, queries, keys];
/// `allowed(batch, query, key)` says which keys a query may attend to. Masked keys get
/// probability zero. A query with no allowed key gets equal weights over all keys, which is
/// what the additive-minimum masks of transformers' eager attention produce.
func maskedSoftmaxKernel(_ scores: Tensor, allowed: (_ batch: Int, _ query: Int, _ key: Int) -> Bool) throws -> Tensor {
    let heads = scores.shape[1], queries = scores.shape[2]
    return try mapRows(scores) { row, input, output in
        let batch = row / (heads * queries), query = row % queries
        var maximum = -Float.infinity
        for key in 0..<input.count where allowed(batch, query, key) { maximum = max(maximum, input[key]) }
        guard maximum > -Float.infinity else {
            for key in 0..<input.count { output[key] = 1 / Float(input.count) }
            return
        }
        var total: Float = 0
        for key in 0..<input.count {
            let weight = allowed(batch, query, key) ? expf(input[key] - maximum) : 0
            output[key] = weight
            total += weight
        }
        for key in 0..<input.count { output[key] /= total }
    }
}

/// `activation(x)` element by element.
func activationKernel(_ x: Tensor, _ activation: Activation) throws -> Tensor {
    let function = activation.function
    return try mapRows(x) { _, input, output in
        for i in 0..<input.count { output[i] = function(input[i]) }
    }
}

/// T5's layer norm (RMS norm): x / sqrt(mean(x²) + eps) · weight, with no mean subtraction
/// and no bias.
func rmsNormKernel(_ x: Tensor, weight: [Float], epsilon: Double) throws -> Tensor {
    try mapRows(x) { _, input, output in
        var squares = 0.0
        for value in input { squares += Double(value) * Double(value) }
        let inverseRoot = 1 / (squares / Double(input.count) + epsilon).squareRoot()
        for i in 0..<input.count { output[i] = Float(Double(input[i]) * inverseRoot) * weight[i] }
    }
}
