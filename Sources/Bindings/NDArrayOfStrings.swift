import Script
import TensorCore

/// A `numpy.ndarray` of strings (`np.array(["red", "blue"])`, dtype `<U4`): what numpy users
/// meet when they put words in an array, pick among them at random or label with `np.where`.
/// Indexing, views, assignment, iteration, `==` and the methods that move elements around
/// behave as on number arrays; an element comes back as a Python `str` (numpy's `np.str_`
/// is a subclass of str, so it works the same except in its repr).
final class NDArrayOfStrings: NativeObject {
    let array: StringArray
    let types: NumpyTypes

    init(_ array: StringArray, _ types: NumpyTypes) {
        self.array = array
        self.types = types
    }

    override var typeName: String { "numpy.ndarray" }
    override var typeModule: String { "numpy" }
    override var pyClass: PyClass? { types.ndarray }

    override func repr(_ interp: Interpreter) throws -> String {
        try NumpyErrors.translating(interp) {
            try PrintOptions.current.validate()
            return try ArrayFormatter.repr(array, quote: PyStr.repr)
        }
    }

    override func str(_ interp: Interpreter) throws -> String {
        try NumpyErrors.translating(interp) {
            try PrintOptions.current.validate()
            return try ArrayFormatter.str(array, quote: PyStr.repr)
        }
    }

    override func hashValue(_ interp: Interpreter) throws -> Int? { nil }

    override func length(_ interp: Interpreter) throws -> Int? {
        guard let first = array.shape.first else { throw PyException(.typeError, "len() of unsized object") }
        return first
    }

    override func truthiness(_ interp: Interpreter) throws -> Bool? {
        if array.size == 1 { return try !strings(interp)[0].isEmpty }
        throw NumpyErrors.ambiguousTruth(size: array.size)
    }

    override func makeIterator(_ interp: Interpreter) throws -> (() throws -> Value?)? {
        guard let count = array.shape.first else { throw PyException(.typeError, "iteration over a 0-d array") }
        var position = 0
        return { [self] in
            guard position < count else { return nil }
            defer { position += 1 }
            return try element(try NumpyErrors.translating(interp) { try array.getItem([.int(position)]) }, interp)
        }
    }

    override func contains(_ value: Value, _ interp: Interpreter) throws -> Bool? {
        guard let other = try Self.strings(value, interp, types) else { return false }
        let equal = try NumpyErrors.translating(interp) { try StringArray.compare(.equal, array, other) }
        return try NumpyErrors.translating(interp) { try equal.any().item() == .bool(true) }
    }

    override func getItem(_ key: Value, _ interp: Interpreter) throws -> Value? {
        let (entries, hasEllipsis) = try Subscripts.indices(key, interp, types)
        let result = try NumpyErrors.translating(interp) { try array.getItem(entries) }
        return result.ndim == 0 && !hasEllipsis ? try element(result, interp) : types.wrap(result)
    }

    override func setItem(_ key: Value, _ value: Value, _ interp: Interpreter) throws -> Bool {
        let (entries, _) = try Subscripts.indices(key, interp, types)
        guard let source = try Self.strings(value, interp, types) else {
            throw PyException(.typeError, "nlpnb string arrays take str values, not '\(interp.typeName(value))'")
        }
        try NumpyErrors.translating(interp) { try array.setItem(entries, source) }
        return true
    }

    /// `==`, `!=`, `<`... with a str, a list of str or another string array: element-wise,
    /// in code-point order. Anything else is unequal everywhere, as numpy answers.
    override func compare(_ op: ComparisonOperator, _ other: Value, _ interp: Interpreter) throws -> Value? {
        guard let engineOp = NumpyOperators.comparison(op) else { return nil }
        guard let rhs = try Self.strings(other, interp, types) else {
            guard op == .eq || op == .ne else { return nil }
            return types.wrap(try NumpyErrors.translating(interp) { try Tensor.full(array.shape, .bool(op == .ne), dtype: .bool) })
        }
        return types.arrayOrScalar(try NumpyErrors.translating(interp) { try StringArray.compare(engineOp, array, rhs) })
    }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "shape": return .object(PyTuple(array.shape.map { .int($0) }))
        case "ndim": return .int(array.ndim)
        case "size": return .int(array.size)
        case "dtype": return .object(UnicodeDTypeObject(width: array.width, types))
        case "itemsize": return .int(array.itemSize)
        case "nbytes": return .int(array.itemSize * array.size)
        case "T": return types.wrap(array.with(positions: array.positions.T))
        case "tolist": return method(name) { [self] interp, _ in
            NDArray.pythonList(shape: array.shape, flat: try strings(interp).map { .str($0) })
        }
        case "item": return method(name) { [self] interp, args in
            try args.expect("item", 0...0)
            let only = try NumpyErrors.translating(interp) { try array.positions.item() }
            return .str(try array.with(positions: Tensor(only)).strings()[0])
        }
        case "astype": return method(name) { [self] interp, args in
            let p = try Params.bind(args, name, ["dtype"], required: 1)
            if let width = Conversions.stringWidth(p[0]) {
                return types.wrap(try NumpyErrors.translating(interp) { try array.resized(width == .byContent ? .byType : width) })
            }
            return types.wrap(try Self.numbers(try strings(interp), shape: array.shape, Conversions.dtype(p[0], interp) ?? .float64, interp))
        }
        case "copy": return method(name) { [self] interp, _ in types.wrap(try NumpyErrors.translating(interp) { try array.copy() }) }
        case "reshape": return positions(name) { t, args, interp in try t.reshape(Params.shapeArguments(args.positional, interp)) }
        case "flatten": return positions(name) { t, _, _ in try t.flatten() }
        case "ravel": return positions(name) { t, _, _ in try t.ravel() }
        case "squeeze": return positions(name) { t, _, _ in try t.squeeze() }
        case "transpose": return positions(name) { t, args, interp in
            try t.transposed(args.positional.isEmpty ? nil : Params.shapeArguments(args.positional, interp))
        }
        case "argsort": return method(name) { [self] interp, args in
            let p = try Params.bind(args, name, ["axis", "kind", "order", "stable"])
            let axis = p[0] == nil ? -1 : try Conversions.axis(p[0], interp)
            try NumpyFunctions.checkSortKind(p[1], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try array.argsort(axis: axis) })
        }
        case "sort": return method(name) { [self] interp, args in
            let p = try Params.bind(args, name, ["axis", "kind", "order"])
            let axis = try p[0].map { try Conversions.axis($0, interp) } ?? -1
            try NumpyFunctions.checkSortKind(p[1], interp)
            try NumpyErrors.translating(interp) { try array.setItem([.ellipsis], try array.sorted(axis: axis)) }
            return .none
        }
        default: return nil
        }
    }

    override func attributeNames() -> [String] {
        ["shape", "ndim", "size", "dtype", "itemsize", "nbytes", "T", "tolist", "item", "astype", "copy",
         "reshape", "flatten", "ravel", "squeeze", "transpose", "argsort", "sort"]
    }

    // MARK: Helpers

    /// `a.astype(int)` or `astype(float)` of strings: each parsed as Python's `int()` and
    /// `float()` parse them, with their errors (which quote numpy's `np.str_` element).
    private static func numbers(_ strings: [String], shape: [Int], _ dtype: DType, _ interp: Interpreter) throws -> Tensor {
        let cls = dtype.isFloatingPoint ? PyClass.float : dtype == .bool ? PyClass.bool : PyClass.int
        let values = try strings.map { text -> NestedArray in
            // numpy's bool cast of a str is its truth: any non-empty string is True.
            if dtype == .bool { return .bool(!text.isEmpty) }
            let parsed: Value
            do {
                parsed = try interp.call(.object(cls), [.str(text)])
            } catch let error as PyException where error.cls.isSubclass(of: PyClass.valueError) {
                let element = "np.str_(\(PyStr.repr(text)))"
                throw PyException(.valueError, cls === PyClass.float
                    ? "could not convert string to float: \(element)"
                    : "invalid literal for int() with base 10: \(element)")
            }
            switch parsed {
            case .int(let i): return .int(Int64(i))
            case .float(let d): return .float(d)
            default: throw PyException(.overflowError, "Python int too large to convert to C long")
            }
        }
        return try NumpyErrors.translating(interp) { try Tensor(nested: .list(values), dtype: dtype).reshape(shape) }
    }

    private func strings(_ interp: Interpreter) throws -> [String] {
        try NumpyErrors.translating(interp) { try array.strings() }
    }

    /// A 0-d result as the Python str numpy users see.
    private func element(_ result: StringArray, _ interp: Interpreter) throws -> Value {
        result.ndim == 0 ? .str(try NumpyErrors.translating(interp) { try result.strings()[0] }) : types.wrap(result)
    }

    private func method(_ name: String, _ body: @escaping NativeFunctionBody) -> Value {
        .object(PyNativeFunction(name, owner: "numpy.ndarray", body))
    }

    /// A method that rearranges the positions (a view where numpy gives one).
    private func positions(_ name: String, _ change: @escaping (Tensor, Arguments, Interpreter) throws -> Tensor) -> Value {
        method(name) { [self] interp, args in
            types.wrap(array.with(positions: try NumpyErrors.translating(interp) { try change(array.positions, args, interp) }))
        }
    }

    /// The string array a function argument stands for (itself, or a new array from lists
    /// holding a str); nil when it holds no str.
    static func of(_ v: Value, _ interp: Interpreter, _ types: NumpyTypes) throws -> NDArrayOfStrings? {
        if case .object(let o) = v, let a = o as? NDArrayOfStrings { return a }
        guard holdsText(v) else { return nil }
        return NDArrayOfStrings(try Conversions.stringArray(v, interp), types)
    }

    /// `np.name(a, ...)` for a string array: its method `name`, or numpy's error for a ufunc
    /// without a loop for strings.
    func callMethod(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        guard case .object(let o)? = try getAttribute(name, interp), let method = o as? PyNativeFunction else {
            throw PyException(.typeError, "\(name)() is not supported for arrays of str (dtype \(PyStr.repr(array.dtypeName)))")
        }
        return try interp.call(.object(method), args.positional, args.keywords)
    }

    /// A value as a string array when it is one, a str, or (nested) lists of them; nil for
    /// anything else.
    static func strings(_ v: Value, _ interp: Interpreter, _ types: NumpyTypes) throws -> StringArray? {
        if case .object(let o) = v, let a = o as? NDArrayOfStrings { return a.array }
        guard Self.holdsText(v) else { return nil }
        return try Conversions.stringArray(v, interp)
    }

    /// numpy's DType class for a value in a promotion error: `StrDType` for text,
    /// `_PyLongDType` for a Python int, `Float64DType` for a float64 array...
    static func dtypeClassName(_ v: Value, _ interp: Interpreter, _ types: NumpyTypes) -> String {
        switch v {
        case _ where holdsText(v): return "StrDType"
        case .bool: return "BoolDType"
        case .int: return "_PyLongDType"
        case .float: return "_PyFloatDType"
        default:
            guard case .tensor(let t)? = try? Conversions.operand(v, interp, types) else { return "ObjectDType" }
            return ["bool": "BoolDType", "int32": "Int32DType", "int64": "Int64DType",
                    "float32": "Float32DType", "float64": "Float64DType"][t.dtype.name] ?? "ObjectDType"
        }
    }

    /// Whether a str is among the leaves of `v` (a str, a string array, lists and tuples of them).
    static func holdsText(_ v: Value) -> Bool {
        if case .str = v { return true }
        if case .object(let o) = v, o is NDArrayOfStrings { return true }
        return Conversions.sequenceItems(v)?.contains(where: holdsText) ?? false
    }
}
