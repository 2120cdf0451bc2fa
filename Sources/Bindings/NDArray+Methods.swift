import Script
import TensorCore

/// The attributes and methods of `numpy.ndarray`.
extension NDArray {
    static let attributeList = [
        "shape", "ndim", "dtype", "size", "T", "base", "itemsize", "nbytes", "reshape", "astype", "copy",
        "tolist", "item", "flatten", "ravel", "squeeze", "transpose", "swapaxes", "sum", "mean",
        "max", "min", "prod", "std", "var", "argmax", "argmin", "cumsum", "cumprod", "any", "all",
        "dot", "clip", "round", "argsort", "sort", "fill", "nonzero",
    ]

    /// `a.name`: a property value or a bound method; nil if there is no such attribute.
    func attribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        let t = tensor
        switch name {
        case "shape": return .object(PyTuple(t.shape.map { .int($0) }))
        case "ndim": return .int(t.ndim)
        case "size": return .int(t.size)
        case "dtype": return .object(DTypeObject(t.dtype, types))
        case "itemsize": return .int(t.dtype.itemSize)
        case "nbytes": return .int(t.dtype.itemSize * t.size)
        case "T": return derived(t.T)
        case "base": return base.map { Value.object($0) } ?? Value.none
        case "__abs__": return method(name) { [self] interp, _ in
            types.wrap(try NumpyErrors.translating(interp) { try t.apply(.absolute) })
        }
        case "reshape": return method(name) { [self] interp, args in
            let shape = try Params.shapeArguments(args.positional, interp)
            return derived(try NumpyErrors.translating(interp) { try t.reshape(shape) })
        }
        case "transpose": return method(name) { [self] interp, args in
            let axes = args.positional.isEmpty || (args.count == 1 && args[0].isNone)
                ? nil : try Params.shapeArguments(args.positional, interp)
            return derived(try NumpyErrors.translating(interp) { try t.transposed(axes) })
        }
        case "swapaxes": return method(name) { [self] interp, args in
            let p = try Params.bind(args, name, ["axis1", "axis2"], required: 2)
            let a = try Conversions.index(p[0]!, interp), b = try Conversions.index(p[1]!, interp)
            return derived(try NumpyErrors.translating(interp) { try t.swapaxes(a, b) })
        }
        case "astype": return method(name) { [self] interp, args in
            let p = try Params.bind(args, name, ["dtype"], required: 1)
            if let width = Conversions.stringWidth(p[0]) {
                // Numbers cast to str are as wide as their dtype needs, not as their text.
                return types.wrap(try Conversions.stringArray(.object(self), width: width == .byContent ? .byType : width, interp))
            }
            let d = try Conversions.dtype(p[0], interp) ?? .float64
            return types.wrap(try NumpyErrors.translating(interp) { try t.astype(d) })
        }
        case "copy": return method(name) { [self] interp, _ in types.wrap(try NumpyErrors.translating(interp) { try t.copy() }) }
        case "flatten", "ravel": return method(name) { [self] interp, args in
            let p = try Params.bind(args, name, ["order"])
            // Fortran order reads the columns first: the C order of the transpose.
            let source = try p[0].map { try interp.toStr($0) } == "F" ? t.T : t
            let flat = try NumpyErrors.translating(interp) { name == "flatten" ? try source.flatten() : try source.ravel() }
            return derived(flat)
        }
        case "squeeze": return method(name) { [self] interp, args in
            let p = try Params.bind(args, name, ["axis"])
            let axes = try Conversions.axes(p[0], interp)
            return derived(try NumpyErrors.translating(interp) { try t.squeeze(axes: axes) })
        }
        case "tolist": return method(name) { _, _ in NDArray.pythonList(t) }
        case "item": return method(name) { [self] interp, args in try item(args, interp) }
        case "fill": return method(name) { [self] interp, args in
            try args.expect("fill", 1...1)
            let source = try assignable(args[0], interp)
            try NumpyErrors.translating(interp) { try t.setItem([.ellipsis], source) }
            return .none
        }
        case "sort": return method(name) { [self] interp, args in
            let p = try Params.bind(args, name, ["axis", "kind", "order"])
            let axis = try p[0].map { try Conversions.axis($0, interp) } ?? -1
            try NumpyFunctions.checkSortKind(p[1], interp)
            try NumpyErrors.translating(interp) { try t.assign(try t.sorted(axis: axis)) }
            return .none
        }
        case "nonzero": return method(name) { [self] interp, _ in
            .object(PyTuple(try NumpyErrors.translating(interp) { try t.nonzero() }.map { types.wrap($0) }))
        }
        default:
            return try NumpyFunctions.arrayMethod(name, self, interp)
        }
    }

    private func method(_ name: String, _ body: @escaping NativeFunctionBody) -> Value {
        .object(PyNativeFunction(name, owner: "numpy.ndarray", body))
    }

    /// `a.item()`, `a.item(flat_index)`, `a.item(i, j)`.
    private func item(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let t = tensor
        let index = try args.positional.count == 1 && Conversions.sequenceItems(args[0]) != nil
            ? Conversions.shape(args[0], interp)
            : args.positional.map { try Conversions.index($0, interp) }
        let scalar = try NumpyErrors.translating(interp) { () -> Scalar in
            if index.isEmpty { return try t.item() }
            if index.count == 1 && t.ndim != 1 {
                guard index[0] >= -t.size && index[0] < t.size else {
                    throw TensorError(.indexError, "index \(index[0]) is out of bounds for size \(t.size)")
                }
                return try t.ravel().item(index)
            }
            return try t.item(index)
        }
        return Conversions.pythonValue(scalar)
    }

    /// `a.tolist()`: nested Python lists of Python numbers (a number for a 0-d array).
    static func pythonList(_ t: Tensor) -> Value {
        let flat: [Value]
        switch t.elements() {
        case .bool(let v): flat = v.map { .bool($0) }
        case .int32(let v): flat = v.map { .int(Int($0)) }
        case .int64(let v): flat = v.map { .int(Int($0)) }
        case .float32(let v): flat = v.map { .float(Double($0)) }
        case .float64(let v): flat = v.map { .float($0) }
        }
        return pythonList(shape: t.shape, flat: flat)
    }

    /// Row-major `flat` values nested into lists of `shape` (the value itself for a 0-d shape).
    static func pythonList(shape: [Int], flat: [Value]) -> Value {
        func build(_ axis: Int, _ start: Int) -> Value {
            if axis == shape.count { return flat[start] }
            let step = shape[(axis + 1)...].reduce(1, *)
            return .object(PyList((0..<shape[axis]).map { build(axis + 1, start + $0 * step) }))
        }
        return build(0, 0)
    }
}
