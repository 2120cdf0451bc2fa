// One kernel type per element-wise operation. Each is a generic struct over the element
// type; `runUnary`/`runBinary` specialise a loop for each (kernel, dtype) pair.

struct AddKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> T { T.add(x, y) } }
struct SubtractKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> T { T.subtract(x, y) } }
struct MultiplyKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> T { T.multiply(x, y) } }
struct DivideKernel<T: FloatScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> T { T.divide(x, y) } }
struct FloorDivideKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> T { T.floorDivide(x, y) } }
struct ModKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> T { T.mod(x, y) } }
struct PowerKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> T { T.power(x, y) } }
struct MaximumKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> T { T.maximum(x, y) } }
struct MinimumKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> T { T.minimum(x, y) } }

struct EqualKernel<T: TensorScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> Bool { x == y } }
struct NotEqualKernel<T: TensorScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> Bool { x != y } }
struct LessKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> Bool { x < y } }
struct LessEqualKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> Bool { x <= y } }
struct GreaterKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> Bool { x > y } }
struct GreaterEqualKernel<T: NumericScalar>: BinaryKernel { @inline(__always) static func apply(_ x: T, _ y: T) -> Bool { x >= y } }

struct AndKernel: BinaryKernel { @inline(__always) static func apply(_ x: Bool, _ y: Bool) -> Bool { x && y } }
struct OrKernel: BinaryKernel { @inline(__always) static func apply(_ x: Bool, _ y: Bool) -> Bool { x || y } }
struct XorKernel: BinaryKernel { @inline(__always) static func apply(_ x: Bool, _ y: Bool) -> Bool { x != y } }
struct NotKernel: UnaryKernel { @inline(__always) static func apply(_ x: Bool) -> Bool { !x } }

struct NegateKernel<T: NumericScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.negate(x) } }
struct AbsoluteKernel<T: NumericScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.absolute(x) } }
struct SignKernel<T: NumericScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.sign(x) } }
struct SquareKernel<T: NumericScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.multiply(x, x) } }
struct ExpKernel<T: FloatScalar>: UnaryKernel {
    @inline(__always) static func apply(_ x: T) -> T { T.exp(x) }
    static func apply(_ src: UnsafePointer<T>, _ dst: UnsafeMutablePointer<T>, count: Int) { T.exp(src, dst, count: count) }
}
struct LogKernel<T: FloatScalar>: UnaryKernel {
    @inline(__always) static func apply(_ x: T) -> T { T.log(x) }
    static func apply(_ src: UnsafePointer<T>, _ dst: UnsafeMutablePointer<T>, count: Int) { T.log(src, dst, count: count) }
}
struct SqrtKernel<T: FloatScalar>: UnaryKernel {
    @inline(__always) static func apply(_ x: T) -> T { T.sqrt(x) }
    static func apply(_ src: UnsafePointer<T>, _ dst: UnsafeMutablePointer<T>, count: Int) { T.sqrt(src, dst, count: count) }
}
struct TanhKernel<T: FloatScalar>: UnaryKernel {
    @inline(__always) static func apply(_ x: T) -> T { T.tanh(x) }
    static func apply(_ src: UnsafePointer<T>, _ dst: UnsafeMutablePointer<T>, count: Int) { T.tanh(src, dst, count: count) }
}
struct SinKernel<T: FloatScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.sin(x) } }
struct CosKernel<T: FloatScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.cos(x) } }
struct FloorKernel<T: FloatScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.floor(x) } }
struct CeilKernel<T: FloatScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.ceil(x) } }
struct RintKernel<T: FloatScalar>: UnaryKernel { @inline(__always) static func apply(_ x: T) -> T { T.rint(x) } }
