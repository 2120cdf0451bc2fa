/// numpy's reductions. `axes` is numpy's `axis` argument: nil for all axes, or a list of
/// axes (negative allowed, duplicates rejected); a single `axis=k` is `[k]`.
extension Tensor {
    /// `np.sum`: bool and integers sum as int64 (numpy's platform long); floats in their own dtype with numpy's pairwise
    /// summation, so float results match numpy bit for bit on contiguous data.
    public func sum(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        let plan = try ReductionPlan(self, axes: axes)
        switch dtype {
        case .bool, .int32, .int64: return try runReduction(SumReducer<Int64>.self, converted(to: .int64), plan, keepdims: keepdims)
        case .float32: return try runReduction(SumReducer<Float>.self, self, plan, keepdims: keepdims)
        case .float64: return try runReduction(SumReducer<Double>.self, self, plan, keepdims: keepdims)
        }
    }

    /// `np.prod`: bool and integers give int64.
    public func prod(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        let plan = try ReductionPlan(self, axes: axes)
        switch dtype {
        case .bool, .int32, .int64: return try runReduction(ProductReducer<Int64>.self, converted(to: .int64), plan, keepdims: keepdims)
        case .float32: return try runReduction(ProductReducer<Float>.self, self, plan, keepdims: keepdims)
        case .float64: return try runReduction(ProductReducer<Double>.self, self, plan, keepdims: keepdims)
        }
    }

    /// `np.max` (`amax`): NaN propagates; an empty reduction throws numpy's error.
    public func max(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        try extremum(maximum: true, axes: axes, keepdims: keepdims)
    }

    /// `np.min` (`amin`).
    public func min(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        try extremum(maximum: false, axes: axes, keepdims: keepdims)
    }

    private func extremum(maximum: Bool, axes: [Int]?, keepdims: Bool) throws -> Tensor {
        let plan = try ReductionPlan(self, axes: axes)
        if plan.count == 0 && plan.outShape.reduce(1, *) > 0 {
            throw TensorError(.valueError, "zero-size array to reduction operation \(maximum ? "maximum" : "minimum") which has no identity")
        }
        switch dtype {
        case .bool:
            // For bools max is "any" and min is "all".
            return maximum ? try runReduction(AnyReducer.self, self, plan, keepdims: keepdims)
                           : try runReduction(AllReducer.self, self, plan, keepdims: keepdims)
        case .int32:
            return maximum ? try runReduction(MaxReducer<Int32>.self, self, plan, keepdims: keepdims)
                           : try runReduction(MinReducer<Int32>.self, self, plan, keepdims: keepdims)
        case .int64:
            return maximum ? try runReduction(MaxReducer<Int64>.self, self, plan, keepdims: keepdims)
                           : try runReduction(MinReducer<Int64>.self, self, plan, keepdims: keepdims)
        case .float32:
            return maximum ? try runReduction(MaxReducer<Float>.self, self, plan, keepdims: keepdims)
                           : try runReduction(MinReducer<Float>.self, self, plan, keepdims: keepdims)
        case .float64:
            return maximum ? try runReduction(MaxReducer<Double>.self, self, plan, keepdims: keepdims)
                           : try runReduction(MinReducer<Double>.self, self, plan, keepdims: keepdims)
        }
    }

    /// `np.any`.
    public func any(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        try runReduction(AnyReducer.self, converted(to: .bool), ReductionPlan(self, axes: axes), keepdims: keepdims)
    }

    /// `np.all`.
    public func all(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        try runReduction(AllReducer.self, converted(to: .bool), ReductionPlan(self, axes: axes), keepdims: keepdims)
    }

    /// `np.mean`: integers and bools average in float64, floats in their own dtype, as
    /// numpy's `_mean` does (sum, then true-divide by the count). Empty input gives NaN.
    public func mean(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        let work = try converted(to: dtype.isFloatingPoint ? dtype : .float64)
        let count = try ReductionPlan(self, axes: axes).count
        return try Tensor.divide(.tensor(work.sum(axes: axes, keepdims: keepdims)), .int(Int64(count)))
    }

    /// `np.var` with `ddof`, following numpy's `_var`: mean with keepdims, squared
    /// deviations, their sum, divided by `max(count - ddof, 0)`.
    public func variance(axes: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false) throws -> Tensor {
        let work = try converted(to: dtype.isFloatingPoint ? dtype : .float64)
        let count = try ReductionPlan(self, axes: axes).count
        let mean = try Tensor.divide(.tensor(work.sum(axes: axes, keepdims: true)), .int(Int64(count)))
        let deviation = try Tensor.subtract(.tensor(work), .tensor(mean))
        let squares = try Tensor.multiply(.tensor(deviation), .tensor(deviation))
        let divisor = Int64(Swift.max(count - ddof, 0))
        return try Tensor.divide(.tensor(squares.sum(axes: axes, keepdims: keepdims)), .int(divisor))
    }

    /// `np.std`: the square root of `variance`.
    public func std(axes: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false) throws -> Tensor {
        try variance(axes: axes, ddof: ddof, keepdims: keepdims).apply(.sqrt)
    }
}
