import Foundation

/// A Python value `np.array(...)` can be built from: a scalar or a (nested) list.
public indirect enum NestedArray {
    case bool(Bool)
    case int(Int64)
    case float(Double)
    /// A str: numbers and strings together make a string array (`StringArray(nested:)`).
    case text(String)
    case list([NestedArray])

    /// The shape the nesting gives, the scalars in row-major order, and the highest kind
    /// among them (0 bool, 1 int, 2 float, 3 str). Ragged nesting throws numpy's
    /// "inhomogeneous shape" error.
    func flattened() throws -> (shape: [Int], scalars: [NestedArray], kind: Int) {
        var shape: [Int] = []
        var level = self
        while case .list(let items) = level {
            shape.append(items.count)
            guard let first = items.first else { break }
            level = first
        }
        var flat: [NestedArray] = []
        var kind = 0, mismatchDepth = Int.max
        NestedArray.flatten(self, shape: shape, depth: 0, into: &flat, kind: &kind, mismatchDepth: &mismatchDepth)
        if mismatchDepth != Int.max {
            let known = Array(shape.prefix(mismatchDepth))
            throw TensorError(.valueError, "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(known.count) dimensions. The detected shape was \(pythonShape(known)) + inhomogeneous part.")
        }
        return (shape, flat, kind)
    }
}

extension Tensor {
    /// `np.array(value, dtype)`: the shape comes from the nesting, the default dtype from the
    /// scalars (any float gives float64, else any int gives int64, else bool). Ragged
    /// nesting throws numpy's "inhomogeneous shape" error.
    public init(nested value: NestedArray, dtype: DType? = nil) throws {
        let (shape, flat, kind) = try value.flattened()
        if kind == 3, let text = flat.lazy.compactMap({ if case .text(let t) = $0 { t } else { nil } }).first {
            throw TensorError(.typeError, "a numeric array was expected, not strings such as '\(text)'")
        }
        let resolved = dtype ?? [DType.bool, .int64, .float64][kind]
        if resolved == .int32 { try flat.forEach(Tensor.checkFitsInt32) }
        self = try Tensor.allocate(shape, resolved)
        let items = flat
        func fill<T: TensorScalar>(_: T.Type) {
            let p = base(T.self)
            for (i, item) in items.enumerated() {
                switch item {
                case .bool(let v): p[i] = T(fromBool: v)
                case .int(let v): p[i] = T(fromInt64: v)
                case .float(let v): p[i] = T(fromDouble: v)
                case .text, .list: break
                }
            }
        }
        switch resolved {
        case .bool: fill(Bool.self)
        case .int32: fill(Int32.self)
        case .int64: fill(Int64.self)
        case .float32: fill(Float.self)
        case .float64: fill(Double.self)
        }
    }

    /// numpy 2 converts each Python number to a Python int before storing it in an int32
    /// array, so NaN, infinity and values past int32's range raise instead of wrapping.
    private static func checkFitsInt32(_ item: NestedArray) throws {
        switch item {
        case .int(let v):
            guard DType.int32.holds(v) else { throw TensorError.outOfBounds(v, .int32) }
        case .float(let v):
            if v.isNaN { throw TensorError(.valueError, "cannot convert float NaN to integer") }
            if v.isInfinite { throw TensorError(.overflowError, "cannot convert float infinity to integer") }
            let whole = v.rounded(.towardZero)
            guard whole >= -2147483648 && whole <= 2147483647 else {
                throw TensorError(.overflowError, "Python integer \(String(format: "%.0f", whole)) out of bounds for int32")
            }
        case .bool, .text, .list: break
        }
    }
}

extension NestedArray {

    /// Collects the scalars in row-major order, recording the shallowest depth at which a
    /// list disagrees with `shape` (numpy reports the shape common to every element).
    private static func flatten(_ value: NestedArray, shape: [Int], depth: Int, into flat: inout [NestedArray],
                                kind: inout Int, mismatchDepth: inout Int) {
        switch value {
        case .list(let items):
            guard depth < shape.count, items.count == shape[depth] else {
                mismatchDepth = Swift.min(mismatchDepth, depth)
                return
            }
            for item in items {
                flatten(item, shape: shape, depth: depth + 1, into: &flat, kind: &kind, mismatchDepth: &mismatchDepth)
            }
        case .bool, .int, .float, .text:
            guard depth == shape.count else {
                mismatchDepth = Swift.min(mismatchDepth, depth)
                return
            }
            if case .int = value { kind = Swift.max(kind, 1) }
            if case .float = value { kind = Swift.max(kind, 2) }
            if case .text = value { kind = 3 }
            flat.append(value)
        }
    }
}
