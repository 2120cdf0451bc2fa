extension Variable {
    /// Mean and (biased) variance over `axes`, kept as size-1 axes for broadcasting.
    public func moments(axes: [Int]) throws -> (mean: Variable, variance: Variable) {
        let mean = try self.mean(axes: axes, keepdims: true)
        let variance = try subtract(mean).square().mean(axes: axes, keepdims: true)
        return (mean, variance)
    }

    /// (x − mean) / √(variance + ε) with the given statistics (as Keras's layer and batch
    /// normalization compute it before scaling by gamma and shifting by beta).
    public func normalized(mean: Variable, variance: Variable, epsilon: Float) throws -> Variable {
        try subtract(mean).divide(variance.affine(scale: 1, shift: epsilon).sqrt())
    }
}
