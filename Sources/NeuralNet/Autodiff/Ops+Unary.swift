import Foundation

extension Variable {
    /// An element-wise function with its derivative written in terms of the input `x` and
    /// the output `y` (whichever is cheaper: sigmoid' = y(1-y), tanh' = 1-y²).
    func elementwise(_ f: (Float) -> Float, derivative: @escaping (_ x: Float, _ y: Float) -> Float) -> Variable {
        let x = value
        let y = value.map(f)
        return Variable(y, parents: [self]) { g in
            var dx = [Float](repeating: 0, count: g.count)
            for i in 0..<dx.count { dx[i] = g.data[i] * derivative(x.data[i], y.data[i]) }
            return [FloatTensor(shape: x.shape, data: dx)]
        }
    }

    public func exp() -> Variable { elementwise(Foundation.exp) { _, y in y } }
    public func log() -> Variable { elementwise(Foundation.log) { x, _ in 1 / x } }
    public func sqrt() -> Variable { elementwise { $0.squareRoot() } derivative: { _, y in 0.5 / y } }
    public func square() -> Variable { elementwise { $0 * $0 } derivative: { x, _ in 2 * x } }
    public func abs() -> Variable { elementwise(Swift.abs) { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) } }
    public func negate() -> Variable { affine(scale: -1) }
    public func tanh() -> Variable { elementwise(Foundation.tanh) { _, y in 1 - y * y } }
    public func sigmoid() -> Variable { elementwise(sigmoidValue) { _, y in y * (1 - y) } }
    public func relu() -> Variable { elementwise { Swift.max($0, 0) } derivative: { x, _ in x > 0 ? 1 : 0 } }

    /// Keras's `leaky_relu` (negative_slope 0.2 by default).
    public func leakyRelu(slope: Float = 0.2) -> Variable {
        elementwise { $0 > 0 ? $0 : slope * $0 } derivative: { x, _ in x > 0 ? 1 : slope }
    }

    /// Keras's `elu` with alpha 1: x, or alpha·(eˣ − 1) below zero.
    public func elu(alpha: Float = 1) -> Variable {
        elementwise { $0 > 0 ? $0 : alpha * (Foundation.exp($0) - 1) } derivative: { x, y in x > 0 ? 1 : y + alpha }
    }

    /// Keras's `selu`: scale · elu(x, alpha) with the self-normalising constants.
    public func selu() -> Variable {
        let alpha: Float = 1.6732632423543772, scale: Float = 1.0507009873554805
        return elementwise { $0 > 0 ? scale * $0 : scale * alpha * (Foundation.exp($0) - 1) } derivative: { x, _ in
            x > 0 ? scale : scale * alpha * Foundation.exp(x)
        }
    }

    /// log(1 + eˣ), computed without overflow for large x.
    public func softplus() -> Variable {
        elementwise { $0 > 0 ? $0 + Foundation.log1p(Foundation.exp(-$0)) : Foundation.log1p(Foundation.exp($0)) } derivative: { x, _ in
            sigmoidValue(x)
        }
    }

    /// Keras's default (exact) gelu: x·Φ(x) = 0.5·x·(1 + erf(x/√2)).
    public func gelu() -> Variable {
        elementwise { 0.5 * $0 * (1 + Foundation.erf($0 / Float(2).squareRoot())) } derivative: { x, _ in
            let cdf = 0.5 * (1 + Foundation.erf(x / Float(2).squareRoot()))
            let pdf = Foundation.exp(-0.5 * x * x) / (2 * Float.pi).squareRoot()
            return cdf + x * pdf
        }
    }

    /// Values limited to [low, high]; the gradient passes only where the input was inside.
    public func clip(_ low: Float, _ high: Float) -> Variable {
        elementwise { Swift.min(Swift.max($0, low), high) } derivative: { x, _ in x >= low && x <= high ? 1 : 0 }
    }
}

/// 1 / (1 + e⁻ˣ), written to avoid overflow for large |x|.
func sigmoidValue(_ x: Float) -> Float {
    if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
    let e = Foundation.exp(x)
    return e / (1 + e)
}
