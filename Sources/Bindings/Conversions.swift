import Script
import TensorCore

/// Script values to engine values and back, with numpy's rules and error messages.
enum Conversions {
    /// A shape argument: an int or a sequence of ints (`np.zeros(3)`, `np.zeros((2, 3))`).
    static func shape(_ v: Value, _ interp: Interpreter) throws -> [Int] {
        if let items = sequenceItems(v) { return try items.map { try index($0, interp) } }
        return [try index(v, interp)]
    }

    /// An integer argument; numpy's integer scalars count, floats do not.
    static func index(_ v: Value, _ interp: Interpreter) throws -> Int {
        if case .float = v {
            throw PyException(.typeError, "'float' object cannot be interpreted as an integer")
        }
        return try interp.toInt(v)
    }

    /// The items of a list or tuple, or nil for anything else.
    static func sequenceItems(_ v: Value) -> [Value]? {
        guard case .object(let o) = v else { return nil }
        if let l = o as? PyList { return l.items }
        if let t = o as? PyTuple { return t.items }
        return nil
    }

    /// A `dtype=` argument: None (nil), a name, a Python type, a numpy scalar type or a dtype.
    static func dtype(_ v: Value?, _ interp: Interpreter) throws -> DType? {
        guard let v, !v.isNone else { return nil }
        switch v {
        case .str(let name):
            switch name {
            case "float64", "float", "double", "f8", "d": return .float64
            case "float32", "single", "f4", "f": return .float32
            case "int64", "int", "i8", "long", "l": return .int64
            case "int32", "i4", "intc", "i": return .int32
            case "bool", "bool_", "?", "b1": return .bool
            default: throw PyException(.typeError, "data type \(PyStr.repr(name)) not understood")
            }
        case .object(let o):
            if let d = o as? DTypeObject { return d.dtype }
            if let cls = o as? PyClass {
                if cls === PyClass.float { return .float64 }
                if cls === PyClass.int { return .int64 }
                if cls === PyClass.bool { return .bool }
                // numpy's scalar classes (`np.float32`) are named after their dtype.
                if cls.module == "numpy", let d = DType(rawValue: cls.name) { return d }
            }
        default: break
        }
        throw PyException(.typeError, "Cannot interpret '\(interp.reprOf(v))' as a data type")
    }

    /// An operand of arithmetic: Python scalars stay weak (NEP 50), numpy scalars and
    /// arrays are strong, lists become arrays. nil for values numpy would not take.
    static func operand(_ v: Value, _ interp: Interpreter, _ types: NumpyTypes) throws -> Operand? {
        switch v {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .bigInt: throw PyException(.overflowError, "Python int too large to convert to C long")
        case .float(let d): return .float(d)
        case .object(let o):
            if let a = o as? NDArray { return .tensor(a.tensor) }
            if let s = o as? NumpyScalar { return .tensor(Tensor(s.scalar)) }
            if o is PyList || o is PyTuple { return .tensor(try array(v, dtype: nil, interp, types)) }
            return nil
        case .none, .str: return nil
        }
    }

    /// `np.array(value, dtype=)`: a fresh array from nested lists/tuples of numbers,
    /// arrays and numpy scalars, or from an array (copied).
    static func array(_ v: Value, dtype: DType?, _ interp: Interpreter, _ types: NumpyTypes) throws -> Tensor {
        if case .object(let o) = v {
            if let a = o as? NDArray { return try NumpyErrors.translating(interp) { try a.tensor.astype(dtype ?? a.tensor.dtype) } }
            if let s = o as? NumpyScalar { return try NumpyErrors.translating(interp) { try Tensor(s.scalar).astype(dtype ?? s.scalar.dtype) } }
        }
        var leafDType: DType? = nil
        let nested = try nestedArray(v, interp, &leafDType)
        // numpy makes float64 from data without any numbers (`np.array([])`).
        return try NumpyErrors.translating(interp) { try Tensor(nested: nested, dtype: dtype ?? leafDType ?? .float64) }
    }

    /// Python data as the engine's nested array. `leafDType` collects the dtype numpy
    /// infers: the promotion of every leaf's own dtype (Python float -> float64, int ->
    /// int64, bool -> bool; arrays and numpy scalars keep theirs, so float32 rows stay float32).
    private static func nestedArray(_ v: Value, _ interp: Interpreter, _ leafDType: inout DType?) throws -> NestedArray {
        func meet(_ d: DType) { leafDType = leafDType.map { DType.promote($0, d) } ?? d }
        switch v {
        case .bool(let b): meet(.bool); return .bool(b)
        case .int(let i): meet(.int64); return .int(Int64(i))
        case .bigInt: throw PyException(.overflowError, "Python int too large to convert to C long")
        case .float(let d): meet(.float64); return .float(d)
        case .none:
            throw PyException(.typeError, "nlpnb arrays hold numbers and bools only, not None")
        case .str(let s): return .text(s)
        case .object(let o):
            if let a = o as? NDArrayOfStrings {
                return nesting(try NumpyErrors.translating(interp) { try a.array.strings() }.map { .text($0) }, shape: a.array.shape)
            }
            if let a = o as? NDArray {
                meet(a.tensor.dtype)
                return nested(a.tensor)
            }
            if let s = o as? NumpyScalar {
                meet(s.scalar.dtype)
                return nested(scalar: s.scalar)
            }
            let items: [Value]
            if let seq = sequenceItems(v) {
                items = seq
            } else if interp.typeOf(v) === PyClass.range {
                items = try interp.iterateToArray(v)
            } else {
                throw PyException(.typeError, "nlpnb arrays hold numbers and bools only, not \(interp.typeName(v))")
            }
            return .list(try items.map { try nestedArray($0, interp, &leafDType) })
        }
    }

    /// `np.array(value)` of data holding a str (see `NDArrayOfStrings.holdsText`), or of any
    /// data with a str dtype.
    static func stringArray(_ v: Value, width: StringArray.Width = .byType, _ interp: Interpreter) throws -> StringArray {
        if case .object(let o) = v, let a = o as? NDArrayOfStrings { return try NumpyErrors.translating(interp) { try a.array.resized(width) } }
        if case .object(let o) = v, let a = o as? NDArray { return try NumpyErrors.translating(interp) { try StringArray(a.tensor, width: width) } }
        var leafDType: DType? = nil
        let nested = try nestedArray(v, interp, &leafDType)
        return try NumpyErrors.translating(interp) { try StringArray(nested: nested, width: width) }
    }

    /// A `dtype=` naming a string type: `str` or `'U'` (as wide as the text), `'<U5'` or a
    /// string array's dtype (five characters); nil for anything else.
    static func stringWidth(_ v: Value?) -> StringArray.Width? {
        guard let v else { return nil }
        if case .object(let o) = v {
            if let d = o as? UnicodeDTypeObject { return .fixed(d.width) }
            return o === PyClass.str ? .byContent : nil
        }
        guard case .str(var name) = v else { return nil }
        if name == "str" { return .byContent }
        if name.hasPrefix("<") { name.removeFirst() }
        guard name.hasPrefix("U") else { return nil }
        let digits = name.dropFirst()
        if digits.isEmpty { return .byContent }
        guard let n = Int(digits), n >= 0 else { return nil }
        return n == 0 ? .byContent : .fixed(n)
    }

    /// A tensor's elements as a nested array (for arrays inside lists).
    private static func nested(_ t: Tensor) -> NestedArray {
        let flat: [NestedArray]
        switch t.elements() {
        case .bool(let v): flat = v.map { .bool($0) }
        case .int32(let v): flat = v.map { .int(Int64($0)) }
        case .int64(let v): flat = v.map { .int($0) }
        case .float32(let v): flat = v.map { .float(Double($0)) }
        case .float64(let v): flat = v.map { .float($0) }
        }
        return nesting(flat, shape: t.shape)
    }

    /// Row-major scalars nested into lists of `shape`.
    private static func nesting(_ flat: [NestedArray], shape: [Int]) -> NestedArray {
        func build(_ axis: Int, _ start: Int) -> NestedArray {
            if axis == shape.count { return flat[start] }
            let step = shape[(axis + 1)...].reduce(1, *)
            return .list((0..<shape[axis]).map { build(axis + 1, start + $0 * step) })
        }
        return build(0, 0)
    }

    private static func nested(scalar: Scalar) -> NestedArray {
        switch scalar {
        case .bool(let b): return .bool(b)
        case .int32(let i): return .int(Int64(i))
        case .int64(let i): return .int(i)
        case .float32(let f): return .float(Double(f))
        case .float64(let d): return .float(d)
        }
    }

    /// An element as the Python value `item()` and `tolist()` give.
    static func pythonValue(_ s: Scalar) -> Value {
        switch s {
        case .bool(let b): return .bool(b)
        case .int32(let i): return .int(Int(i))
        case .int64(let i): return .int(Int(i))
        case .float32(let f): return .float(Double(f))
        case .float64(let d): return .float(d)
        }
    }

    /// An `axis=` argument: None, an int, or a tuple of ints.
    static func axes(_ v: Value?, _ interp: Interpreter) throws -> [Int]? {
        guard let v, !v.isNone else { return nil }
        if let items = sequenceItems(v) { return try items.map { try index($0, interp) } }
        return [try index(v, interp)]
    }

    /// An `axis=` argument that must be a single axis or None.
    static func axis(_ v: Value?, _ interp: Interpreter) throws -> Int? {
        guard let v, !v.isNone else { return nil }
        return try index(v, interp)
    }
}
