/// Converts each element from `Source` to `Destination` (numpy `astype`, unsafe casting).
struct CastKernel<Source: TensorScalar, Destination: TensorScalar>: UnaryKernel {
    @inline(__always) static func apply(_ x: Source) -> Destination { x.cast(to: Destination.self) }
}

extension Tensor {
    /// A fresh copy converted to `dtype` (numpy's `astype`, which always copies and keeps
    /// the memory order, "K"; `cOrder` forces C order as `copy()` needs).
    /// Float to int truncates; NaN, infinities and out-of-range values become the integer
    /// type's minimum, as numpy gives on x86. int64 to int32 keeps the low 32 bits.
    public func astype(_ dtype: DType, cOrder: Bool = false) throws -> Tensor {
        switch self.dtype {
        case .bool: return try cast(from: Bool.self, to: dtype, cOrder)
        case .int32: return try cast(from: Int32.self, to: dtype, cOrder)
        case .int64: return try cast(from: Int64.self, to: dtype, cOrder)
        case .float32: return try cast(from: Float.self, to: dtype, cOrder)
        case .float64: return try cast(from: Double.self, to: dtype, cOrder)
        }
    }

    private func cast<S: TensorScalar>(from: S.Type, to dtype: DType, _ cOrder: Bool) throws -> Tensor {
        switch dtype {
        case .bool: return try runUnary(CastKernel<S, Bool>.self, self, cOrder: cOrder)
        case .int32: return try runUnary(CastKernel<S, Int32>.self, self, cOrder: cOrder)
        case .int64: return try runUnary(CastKernel<S, Int64>.self, self, cOrder: cOrder)
        case .float32: return try runUnary(CastKernel<S, Float>.self, self, cOrder: cOrder)
        case .float64: return try runUnary(CastKernel<S, Double>.self, self, cOrder: cOrder)
        }
    }

    /// `self` when it already has `dtype`, else a converted copy. For kernels that only read.
    func converted(to dtype: DType) throws -> Tensor {
        self.dtype == dtype ? self : try astype(dtype)
    }
}
