import Script
import TensorCore

/// Python subscripts (`a[1:, None, ...]`, `a[mask]`, `a[[0, 2]]`) as engine indices.
enum Subscripts {
    /// The engine index for `key`, and whether numpy returns a scalar for a 0-d result
    /// (it does unless the subscript holds an ellipsis).
    static func indices(_ key: Value, _ interp: Interpreter, _ types: NumpyTypes) throws -> (entries: [TensorIndex], hasEllipsis: Bool) {
        let parts: [Value]
        if case .object(let o) = key, let t = o as? PyTuple { parts = t.items } else { parts = [key] }
        var entries: [TensorIndex] = []
        var hasEllipsis = false
        for part in parts {
            let entry = try index(part, interp, types)
            if case .ellipsis = entry { hasEllipsis = true }
            entries.append(entry)
        }
        return (entries, hasEllipsis)
    }

    private static let invalidIndex = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"

    private static func index(_ part: Value, _ interp: Interpreter, _ types: NumpyTypes) throws -> TensorIndex {
        switch part {
        case .int(let i): return .int(i)
        case .none: return .newAxis
        case .bigInt, .bool, .float, .str: throw PyException(.indexError, invalidIndex)
        case .object(let o):
            if interp.typeOf(part) === PyClass.ellipsisType { return .ellipsis }
            if let s = o as? PySlice {
                func bound(_ v: Value) throws -> Int? { v.isNone ? nil : try interp.toInt(v) }
                return .slice(start: try bound(s.start), stop: try bound(s.stop), step: try bound(s.step))
            }
            if let s = o as? NumpyScalar {
                switch s.scalar {
                case .int32(let i): return .int(Int(i))
                case .int64(let i): return .int(Int(i))
                default: throw PyException(.indexError, invalidIndex)
                }
            }
            var array: Tensor
            if let a = o as? NDArray {
                array = a.tensor
            } else if o is PyList {
                array = try Conversions.array(part, dtype: nil, interp, types)
                // `a[[]]` selects nothing; an empty list counts as an integer index.
                if array.size == 0 { array = try NumpyErrors.translating(interp) { try array.astype(.int64) } }
            } else {
                throw PyException(.indexError, invalidIndex)
            }
            return array.dtype == .bool ? .boolMask(array) : .intArray(array)
        }
    }
}
