import TensorCore

/// Keras's padding modes: `valid` and `same` for convolutions and pooling, `causal`
/// (all padding on the left, so step t sees only steps ≤ t) for convolutions.
public enum Padding: String {
    case valid, same, causal

    /// Output length and left padding for a window of `size` moving by `stride` over `length`.
    func geometry(length: Int, size: Int, stride: Int) -> (output: Int, padLeft: Int) {
        switch self {
        case .valid: return (length >= size ? (length - size) / stride + 1 : 0, 0)
        case .same:
            let output = (length + stride - 1) / stride
            let padTotal = Swift.max((output - 1) * stride + size - length, 0)
            return (output, padTotal / 2)
        case .causal:
            return ((length - 1) / stride + 1, size - 1)
        }
    }
}

extension Variable {
    /// For a (batch, steps, channels) input, the windows a 1-D convolution sees, laid out as
    /// (batch, outputSteps, size·channels) so that the convolution is one matmul with the
    /// kernel reshaped to (size·channels, filters). Padded positions read zeros.
    public func windows1D(size: Int, stride: Int, padding: Padding) throws -> Variable {
        guard shape.count == 3 else { throw TensorError(.valueError, "expected a 3-D (batch, steps, channels) input, got shape \(pythonShape(shape))") }
        let (batch, steps, channels) = (shape[0], shape[1], shape[2])
        let (outSteps, padLeft) = padding.geometry(length: steps, size: size, stride: stride)
        let width = size * channels
        var out = [Float](repeating: 0, count: batch * outSteps * width)
        /// Calls `body(outputIndex, inputIndex)` for every (window slot, input element) pair.
        func eachPair(_ body: (Int, Int) -> Void) {
            for b in 0..<batch {
                for t in 0..<outSteps {
                    for k in 0..<size {
                        let source = t * stride + k - padLeft
                        guard source >= 0, source < steps else { continue }
                        for c in 0..<channels {
                            body(((b * outSteps + t) * size + k) * channels + c, (b * steps + source) * channels + c)
                        }
                    }
                }
            }
        }
        eachPair { o, i in out[o] = value.data[i] }
        let inShape = shape
        return Variable(FloatTensor(shape: [batch, outSteps, width], data: out), parents: [self]) { g in
            var dx = FloatTensor.zeros(inShape)
            eachPair { o, i in dx.data[i] += g.data[o] }
            return [dx]
        }
    }

    /// 1-D max pooling over (batch, steps, channels); the gradient goes to each window's
    /// first maximum. Padded positions never win.
    public func maxPool1D(size: Int, stride: Int, padding: Padding) throws -> Variable {
        guard shape.count == 3 else { throw TensorError(.valueError, "expected a 3-D (batch, steps, channels) input, got shape \(pythonShape(shape))") }
        let (batch, steps, channels) = (shape[0], shape[1], shape[2])
        let (outSteps, padLeft) = padding.geometry(length: steps, size: size, stride: stride)
        var out = [Float](repeating: 0, count: batch * outSteps * channels)
        var winner = [Int](repeating: 0, count: out.count)
        for b in 0..<batch {
            for t in 0..<outSteps {
                for c in 0..<channels {
                    var best = -1
                    for k in 0..<size {
                        let source = t * stride + k - padLeft
                        guard source >= 0, source < steps else { continue }
                        let index = (b * steps + source) * channels + c
                        if best < 0 || value.data[index] > value.data[best] { best = index }
                    }
                    let slot = (b * outSteps + t) * channels + c
                    winner[slot] = best
                    out[slot] = best >= 0 ? value.data[best] : 0
                }
            }
        }
        let inShape = shape
        return Variable(FloatTensor(shape: [batch, outSteps, channels], data: out), parents: [self]) { g in
            var dx = FloatTensor.zeros(inShape)
            for (slot, source) in winner.enumerated() where source >= 0 { dx.data[source] += g.data[slot] }
            return [dx]
        }
    }

    /// Inverted dropout: each element is zeroed with probability `rate` and the survivors
    /// scaled by 1/(1 − rate), so the expected value is unchanged.
    public func dropout(rate: Float, generator: RandomState) throws -> Variable {
        guard rate > 0 else { return self }
        let keep = 1 - rate
        let draws = try generator.randomSample(value.count)
        let mask = FloatTensor(shape: shape, data: draws.map { Float($0) < rate ? 0 : 1 / keep })
        return try multiply(Variable(mask))
    }
}
