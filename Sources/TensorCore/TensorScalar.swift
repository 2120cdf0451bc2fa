import CVectorMath
import Foundation

/// A Swift type that stores one element of a tensor. Conversions follow numpy's `astype`
/// (C casts): float to int truncates toward zero, and NaN/inf/out-of-range give
/// `Int64.min` as numpy does on x86, instead of trapping.
public protocol TensorScalar: Equatable, Sendable {
    static var dtype: DType { get }
    init(fromBool value: Bool)
    init(fromInt64 value: Int64)
    init(fromFloat value: Float)
    init(fromDouble value: Double)
    /// This value converted to another element type by numpy's casting rules.
    func cast<D: TensorScalar>(to: D.Type) -> D
}

/// Element types with arithmetic. Integer operations wrap on overflow as numpy's do;
/// division by zero gives 0 for integers (numpy warns and returns 0).
public protocol NumericScalar: TensorScalar, Comparable {
    static var zero: Self { get }
    static var one: Self { get }
    static func add(_ a: Self, _ b: Self) -> Self
    static func subtract(_ a: Self, _ b: Self) -> Self
    static func multiply(_ a: Self, _ b: Self) -> Self
    static func floorDivide(_ a: Self, _ b: Self) -> Self
    /// Python/numpy modulo: the result has the sign of the divisor.
    static func mod(_ a: Self, _ b: Self) -> Self
    static func power(_ a: Self, _ b: Self) -> Self
    static func negate(_ a: Self) -> Self
    static func absolute(_ a: Self) -> Self
    static func sign(_ a: Self) -> Self
    /// numpy `maximum`/`minimum`: NaN wins.
    static func maximum(_ a: Self, _ b: Self) -> Self
    static func minimum(_ a: Self, _ b: Self) -> Self
    var isNaN: Bool { get }
    var doubleValue: Double { get }
}

/// Floating element types. exp, log, tanh and sqrt come from CVectorMath's vector kernels
/// (float32 correctly rounded, float64 within an ulp); sin, cos, pow from the C library
/// (`sinf` for float32).
public protocol FloatScalar: NumericScalar, BinaryFloatingPoint {
    static func divide(_ a: Self, _ b: Self) -> Self
    static func exp(_ a: Self) -> Self
    static func log(_ a: Self) -> Self
    static func sqrt(_ a: Self) -> Self
    static func tanh(_ a: Self) -> Self
    /// `dst[i] = exp(src[i])` over `count` contiguous elements, giving the same bits as `exp(_:)`;
    /// likewise `log`, `sqrt` and `tanh` (vector kernels, see CVectorMath).
    static func exp(_ src: UnsafePointer<Self>, _ dst: UnsafeMutablePointer<Self>, count: Int)
    static func log(_ src: UnsafePointer<Self>, _ dst: UnsafeMutablePointer<Self>, count: Int)
    static func sqrt(_ src: UnsafePointer<Self>, _ dst: UnsafeMutablePointer<Self>, count: Int)
    static func tanh(_ src: UnsafePointer<Self>, _ dst: UnsafeMutablePointer<Self>, count: Int)
    static func sin(_ a: Self) -> Self
    static func cos(_ a: Self) -> Self
    static func floor(_ a: Self) -> Self
    static func ceil(_ a: Self) -> Self
    /// Round half to even (C `rint` in the default rounding mode).
    static func rint(_ a: Self) -> Self
}

extension Bool: TensorScalar {
    public static var dtype: DType { .bool }
    public init(fromBool value: Bool) { self = value }
    public init(fromInt64 value: Int64) { self = value != 0 }
    public init(fromFloat value: Float) { self = value != 0 }
    public init(fromDouble value: Double) { self = value != 0 }
    @inline(__always) public func cast<D: TensorScalar>(to: D.Type) -> D { D(fromBool: self) }
}

/// numpy's float-to-int64 cast: truncate, with Int64.min for NaN, inf and out-of-range.
@inline(__always) func int64FromDouble(_ value: Double) -> Int64 {
    guard value.isFinite, value >= -9.223372036854775808e18, value < 9.223372036854775808e18 else {
        return Int64.min
    }
    return Int64(value)
}

/// numpy's integer arithmetic, shared by int32 and int64: wrapping on overflow, and 0 for
/// division by zero (numpy warns and returns 0).
extension NumericScalar where Self: FixedWidthInteger & SignedInteger {
    public static var one: Self { 1 }
    @inline(__always) public static func add(_ a: Self, _ b: Self) -> Self { a &+ b }
    @inline(__always) public static func subtract(_ a: Self, _ b: Self) -> Self { a &- b }
    @inline(__always) public static func multiply(_ a: Self, _ b: Self) -> Self { a &* b }
    @inline(__always) public static func floorDivide(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return 0 }
        if b == -1 { return 0 &- a }  // min // -1 wraps, as in numpy
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
    @inline(__always) public static func mod(_ a: Self, _ b: Self) -> Self {
        if b == 0 || b == -1 { return 0 }
        let r = a % b
        return (r != 0 && (r < 0) != (b < 0)) ? r + b : r
    }
    /// Exponentiation by squaring, wrapping. Negative exponents are rejected before the loop.
    @inline(__always) public static func power(_ a: Self, _ b: Self) -> Self {
        var result: Self = 1, base = a, e = b
        while e > 0 {
            if e & 1 == 1 { result = result &* base }
            base = base &* base
            e >>= 1
        }
        return result
    }
    @inline(__always) public static func negate(_ a: Self) -> Self { 0 &- a }
    @inline(__always) public static func absolute(_ a: Self) -> Self { a < 0 ? 0 &- a : a }
    @inline(__always) public static func sign(_ a: Self) -> Self { a > 0 ? 1 : (a < 0 ? -1 : 0) }
    @inline(__always) public static func maximum(_ a: Self, _ b: Self) -> Self { a >= b ? a : b }
    @inline(__always) public static func minimum(_ a: Self, _ b: Self) -> Self { a <= b ? a : b }
    public var isNaN: Bool { false }
    public var doubleValue: Double { Double(self) }
}

extension Int64: NumericScalar {
    public static var dtype: DType { .int64 }
    public init(fromBool value: Bool) { self = value ? 1 : 0 }
    public init(fromInt64 value: Int64) { self = value }
    public init(fromFloat value: Float) { self = int64FromDouble(Double(value)) }
    public init(fromDouble value: Double) { self = int64FromDouble(value) }
    @inline(__always) public func cast<D: TensorScalar>(to: D.Type) -> D { D(fromInt64: self) }
}

/// numpy's float-to-int32 cast on x86: truncate, with Int32.min for NaN, inf and out-of-range.
@inline(__always) func int32FromDouble(_ value: Double) -> Int32 {
    guard value.isFinite, value > -2147483649, value < 2147483648 else { return Int32.min }
    return Int32(value)
}

extension Int32: NumericScalar {
    public static var dtype: DType { .int32 }
    public init(fromBool value: Bool) { self = value ? 1 : 0 }
    /// Keeps the low 32 bits, as numpy's int64-to-int32 cast does.
    public init(fromInt64 value: Int64) { self = Int32(truncatingIfNeeded: value) }
    public init(fromFloat value: Float) { self = int32FromDouble(Double(value)) }
    public init(fromDouble value: Double) { self = int32FromDouble(value) }
    @inline(__always) public func cast<D: TensorScalar>(to: D.Type) -> D { D(fromInt64: Int64(self)) }
}

extension Float: FloatScalar {
    public static var dtype: DType { .float32 }
    public static var one: Float { 1 }
    public init(fromBool value: Bool) { self = value ? 1 : 0 }
    public init(fromInt64 value: Int64) { self = Float(value) }
    public init(fromFloat value: Float) { self = value }
    public init(fromDouble value: Double) { self = Float(value) }
    @inline(__always) public func cast<D: TensorScalar>(to: D.Type) -> D { D(fromFloat: self) }
    @inline(__always) public static func add(_ a: Float, _ b: Float) -> Float { a + b }
    @inline(__always) public static func subtract(_ a: Float, _ b: Float) -> Float { a - b }
    @inline(__always) public static func multiply(_ a: Float, _ b: Float) -> Float { a * b }
    @inline(__always) public static func divide(_ a: Float, _ b: Float) -> Float { a / b }
    @inline(__always) public static func floorDivide(_ a: Float, _ b: Float) -> Float {
        pythonFloorDivide(a, b)
    }
    @inline(__always) public static func mod(_ a: Float, _ b: Float) -> Float { pythonMod(a, b) }
    @inline(__always) public static func power(_ a: Float, _ b: Float) -> Float { powf(a, b) }
    @inline(__always) public static func negate(_ a: Float) -> Float { -a }
    @inline(__always) public static func absolute(_ a: Float) -> Float { Swift.abs(a) }
    @inline(__always) public static func sign(_ a: Float) -> Float { a > 0 ? 1 : (a < 0 ? -1 : (a.isNaN ? a : 0)) }
    @inline(__always) public static func maximum(_ a: Float, _ b: Float) -> Float { (a >= b || a.isNaN) ? a : b }
    @inline(__always) public static func minimum(_ a: Float, _ b: Float) -> Float { (a <= b || a.isNaN) ? a : b }
    @inline(__always) public static func exp(_ a: Float) -> Float { singleElement(a, nlpnb_exp_f32) }
    @inline(__always) public static func log(_ a: Float) -> Float { singleElement(a, nlpnb_log_f32) }
    @inline(__always) public static func sqrt(_ a: Float) -> Float { a.squareRoot() }
    @inline(__always) public static func tanh(_ a: Float) -> Float { singleElement(a, nlpnb_tanh_f32) }
    public static func exp(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, count: Int) { nlpnb_exp_f32(src, dst, count) }
    public static func log(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, count: Int) { nlpnb_log_f32(src, dst, count) }
    public static func sqrt(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, count: Int) { nlpnb_sqrt_f32(src, dst, count) }
    public static func tanh(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, count: Int) { nlpnb_tanh_f32(src, dst, count) }
    @inline(__always) public static func sin(_ a: Float) -> Float { sinf(a) }
    @inline(__always) public static func cos(_ a: Float) -> Float { cosf(a) }
    @inline(__always) public static func floor(_ a: Float) -> Float { a.rounded(.down) }
    @inline(__always) public static func ceil(_ a: Float) -> Float { a.rounded(.up) }
    @inline(__always) public static func rint(_ a: Float) -> Float { a.rounded(.toNearestOrEven) }
    public var doubleValue: Double { Double(self) }
}

extension Double: FloatScalar {
    public static var dtype: DType { .float64 }
    public static var one: Double { 1 }
    public init(fromBool value: Bool) { self = value ? 1 : 0 }
    public init(fromInt64 value: Int64) { self = Double(value) }
    public init(fromFloat value: Float) { self = Double(value) }
    public init(fromDouble value: Double) { self = value }
    @inline(__always) public func cast<D: TensorScalar>(to: D.Type) -> D { D(fromDouble: self) }
    @inline(__always) public static func add(_ a: Double, _ b: Double) -> Double { a + b }
    @inline(__always) public static func subtract(_ a: Double, _ b: Double) -> Double { a - b }
    @inline(__always) public static func multiply(_ a: Double, _ b: Double) -> Double { a * b }
    @inline(__always) public static func divide(_ a: Double, _ b: Double) -> Double { a / b }
    @inline(__always) public static func floorDivide(_ a: Double, _ b: Double) -> Double { pythonFloorDivide(a, b) }
    @inline(__always) public static func mod(_ a: Double, _ b: Double) -> Double { pythonMod(a, b) }
    @inline(__always) public static func power(_ a: Double, _ b: Double) -> Double { Foundation.pow(a, b) }
    @inline(__always) public static func negate(_ a: Double) -> Double { -a }
    @inline(__always) public static func absolute(_ a: Double) -> Double { Swift.abs(a) }
    @inline(__always) public static func sign(_ a: Double) -> Double { a > 0 ? 1 : (a < 0 ? -1 : (a.isNaN ? a : 0)) }
    @inline(__always) public static func maximum(_ a: Double, _ b: Double) -> Double { (a >= b || a.isNaN) ? a : b }
    @inline(__always) public static func minimum(_ a: Double, _ b: Double) -> Double { (a <= b || a.isNaN) ? a : b }
    @inline(__always) public static func exp(_ a: Double) -> Double { singleElement(a, nlpnb_exp_f64) }
    @inline(__always) public static func log(_ a: Double) -> Double { singleElement(a, nlpnb_log_f64) }
    @inline(__always) public static func sqrt(_ a: Double) -> Double { a.squareRoot() }
    @inline(__always) public static func tanh(_ a: Double) -> Double { singleElement(a, nlpnb_tanh_f64) }
    public static func exp(_ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, count: Int) { nlpnb_exp_f64(src, dst, count) }
    public static func log(_ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, count: Int) { nlpnb_log_f64(src, dst, count) }
    public static func sqrt(_ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, count: Int) { nlpnb_sqrt_f64(src, dst, count) }
    public static func tanh(_ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, count: Int) { nlpnb_tanh_f64(src, dst, count) }
    @inline(__always) public static func sin(_ a: Double) -> Double { Foundation.sin(a) }
    @inline(__always) public static func cos(_ a: Double) -> Double { Foundation.cos(a) }
    @inline(__always) public static func floor(_ a: Double) -> Double { a.rounded(.down) }
    @inline(__always) public static func ceil(_ a: Double) -> Double { a.rounded(.up) }
    @inline(__always) public static func rint(_ a: Double) -> Double { a.rounded(.toNearestOrEven) }
    public var doubleValue: Double { self }
}

/// A vector kernel applied to one value, so a lone element gets the bits it would get in an array.
@inline(__always) private func singleElement<T>(_ x: T, _ kernel: (UnsafePointer<T>?, UnsafeMutablePointer<T>?, Int) -> Void) -> T {
    var input = x, output = x
    kernel(&input, &output, 1)
    return output
}

/// numpy's `npy_divmod` for floats: floor division consistent with `pythonMod`,
/// computed in the operands' own precision.
@inline(__always) func pythonFloorDivide<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
    if b == 0 { return a / b }
    let m = a.truncatingRemainder(dividingBy: b)
    var div = (a - m) / b
    if m != 0 && ((b < 0) != (m < 0)) { div -= 1 }
    if div == 0 { return T(signOf: a / b, magnitudeOf: 0) }
    let floorDiv = div.rounded(.down)
    return div - floorDiv > 0.5 ? floorDiv + 1 : floorDiv
}

/// numpy's float remainder: the sign of the divisor, like Python's `%`.
@inline(__always) func pythonMod<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
    if b == 0 { return a.truncatingRemainder(dividingBy: b) }
    let m = a.truncatingRemainder(dividingBy: b)
    if m == 0 { return b < 0 ? -0.0 : 0.0 }
    return (b < 0) != (m < 0) ? m + b : m
}
