import Foundation

/// numpy's remaining one-argument float ufuncs: the other logarithms, `expm1` and `cbrt`.
/// They compute in the float dtype `UnaryOp`'s transcendental functions use (integers
/// become float64) and call the C math library, as numpy does, so results match bit for bit.
public enum LogarithmOp: String, CaseIterable, Sendable {
    case log10, log2, log1p, expm1, cbrt
}

extension Tensor {
    /// `np.log10(x)`, `np.log2(x)`, `np.log1p(x)`, `np.expm1(x)`, `np.cbrt(x)`.
    public func apply(_ op: LogarithmOp) throws -> Tensor {
        let input = try converted(to: dtype.floatResult)
        if input.dtype == .float32 {
            switch op {
            case .log10: return try runUnary(Log10Kernel<Float>.self, input)
            case .log2: return try runUnary(Log2Kernel<Float>.self, input)
            case .log1p: return try runUnary(Log1pKernel<Float>.self, input)
            case .expm1: return try runUnary(Expm1Kernel<Float>.self, input)
            case .cbrt: return try runUnary(CbrtKernel<Float>.self, input)
            }
        }
        switch op {
        case .log10: return try runUnary(Log10Kernel<Double>.self, input)
        case .log2: return try runUnary(Log2Kernel<Double>.self, input)
        case .log1p: return try runUnary(Log1pKernel<Double>.self, input)
        case .expm1: return try runUnary(Expm1Kernel<Double>.self, input)
        case .cbrt: return try runUnary(CbrtKernel<Double>.self, input)
        }
    }
}

/// The C functions for one float type (`log10f` for Float, `log10` for Double).
protocol CMathScalar: TensorScalar {
    static func cLog10(_ x: Self) -> Self
    static func cLog2(_ x: Self) -> Self
    static func cLog1p(_ x: Self) -> Self
    static func cExpm1(_ x: Self) -> Self
    static func cCbrt(_ x: Self) -> Self
}

extension Float: CMathScalar {
    static func cLog10(_ x: Float) -> Float { log10f(x) }
    static func cLog2(_ x: Float) -> Float { log2f(x) }
    static func cLog1p(_ x: Float) -> Float { log1pf(x) }
    static func cExpm1(_ x: Float) -> Float { expm1f(x) }
    static func cCbrt(_ x: Float) -> Float { cbrtf(x) }
}

extension Double: CMathScalar {
    static func cLog10(_ x: Double) -> Double { Foundation.log10(x) }
    static func cLog2(_ x: Double) -> Double { Foundation.log2(x) }
    static func cLog1p(_ x: Double) -> Double { Foundation.log1p(x) }
    static func cExpm1(_ x: Double) -> Double { Foundation.expm1(x) }
    static func cCbrt(_ x: Double) -> Double { Foundation.cbrt(x) }
}

struct Log10Kernel<T: CMathScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.cLog10(x) } }
struct Log2Kernel<T: CMathScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.cLog2(x) } }
struct Log1pKernel<T: CMathScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.cLog1p(x) } }
struct Expm1Kernel<T: CMathScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.cExpm1(x) } }
struct CbrtKernel<T: CMathScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.cCbrt(x) } }
