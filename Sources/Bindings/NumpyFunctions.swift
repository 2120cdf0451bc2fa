import Script
import TensorCore

/// Functions numpy offers both as array methods and as module functions
/// (`a.sum(axis=0)` and `np.sum(a, axis=0)`): one implementation, two ways in.
enum NumpyFunctions {
    /// A function of an array and its remaining (bound) parameters.
    struct ArrayFunction {
        let parameters: [String]
        let body: (Tensor, [Value?], Interpreter, NumpyTypes) throws -> Value
    }

    static let table: [String: ArrayFunction] = [
        "sum": reduction(["axis", "dtype", "out", "keepdims"]) { t, axes, keep in try t.sum(axes: axes, keepdims: keep) },
        "prod": reduction(["axis", "dtype", "out", "keepdims"]) { t, axes, keep in try t.prod(axes: axes, keepdims: keep) },
        "mean": reduction(["axis", "dtype", "out", "keepdims"]) { t, axes, keep in try t.mean(axes: axes, keepdims: keep) },
        "max": reduction(["axis", "out", "keepdims"]) { t, axes, keep in try t.max(axes: axes, keepdims: keep) },
        "min": reduction(["axis", "out", "keepdims"]) { t, axes, keep in try t.min(axes: axes, keepdims: keep) },
        "any": reduction(["axis", "out", "keepdims"]) { t, axes, keep in try t.any(axes: axes, keepdims: keep) },
        "all": reduction(["axis", "out", "keepdims"]) { t, axes, keep in try t.all(axes: axes, keepdims: keep) },
        "std": spread { t, axes, ddof, keep in try t.std(axes: axes, ddof: ddof, keepdims: keep) },
        "var": spread { t, axes, ddof, keep in try t.variance(axes: axes, ddof: ddof, keepdims: keep) },
        "argmax": ArrayFunction(parameters: ["axis", "out", "keepdims"]) { t, p, interp, types in
            let axis = try Conversions.axis(p[0], interp), keep = try Params.flag(p[2], interp)
            return types.arrayOrScalar(try NumpyErrors.translating(interp) { try t.argmax(axis: axis, keepdims: keep) })
        },
        "argmin": ArrayFunction(parameters: ["axis", "out", "keepdims"]) { t, p, interp, types in
            let axis = try Conversions.axis(p[0], interp), keep = try Params.flag(p[2], interp)
            return types.arrayOrScalar(try NumpyErrors.translating(interp) { try t.argmin(axis: axis, keepdims: keep) })
        },
        "cumsum": ArrayFunction(parameters: ["axis", "dtype", "out"]) { t, p, interp, types in
            let axis = try Conversions.axis(p[0], interp), source = try cast(t, p[1], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try source.cumsum(axis: axis) })
        },
        "cumprod": ArrayFunction(parameters: ["axis", "dtype", "out"]) { t, p, interp, types in
            let axis = try Conversions.axis(p[0], interp), source = try cast(t, p[1], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try source.cumprod(axis: axis) })
        },
        "argsort": ArrayFunction(parameters: ["axis", "kind", "order", "stable"]) { t, p, interp, types in
            let axis = p[0] == nil ? -1 : try Conversions.axis(p[0], interp)
            try checkSortKind(p[1], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try t.argsort(axis: axis) })
        },
        "round": ArrayFunction(parameters: ["decimals", "out"]) { t, p, interp, types in
            let decimals = try p[0].map { try Conversions.index($0, interp) } ?? 0
            return types.arrayOrScalar(try NumpyErrors.translating(interp) { try t.rounded(decimals: decimals) })
        },
        "clip": ArrayFunction(parameters: ["min", "max", "out"]) { t, p, interp, types in
            try clip(t, p[0], p[1], interp, types)
        },
        "dot": ArrayFunction(parameters: ["b", "out"]) { t, p, interp, types in
            guard let b = p[0] else { throw PyException(.typeError, "dot() missing required argument 'b' (pos 1)") }
            let other = try tensor(b, interp, types)
            return types.arrayOrScalar(try NumpyErrors.translating(interp) { try Tensor.dot(t, other) })
        },
    ]

    /// `a.name` for a shared function, as a bound method; nil if there is none.
    static func arrayMethod(_ name: String, _ array: NDArray, _ interp: Interpreter) throws -> Value? {
        guard let f = table[name] else { return nil }
        return .object(PyNativeFunction(name, owner: "numpy.ndarray") { interp, args in
            try f.body(array.tensor, try Params.bind(args, name, f.parameters), interp, array.types)
        })
    }

    /// `np.name(a, ...)` for a shared function. `np.clip` names its bounds `a_min`/`a_max`.
    static func moduleFunction(_ name: String, _ types: NumpyTypes) -> Value? {
        guard let f = table[name] else { return nil }
        let parameters = name == "clip" ? ["a_min", "a_max", "out"] : f.parameters
        return .object(PyNativeFunction(name, parameters: ["a"] + parameters) { interp, args in
            let p = try Params.bind(args, name, ["a"] + parameters, required: 1)
            if let strings = try NDArrayOfStrings.of(p[0]!, interp, types) {
                // As numpy's functions do, call the array's method, which string arrays may have.
                return try strings.callMethod(name, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords), interp)
            }
            return try f.body(try tensor(p[0]!, interp, types), Array(p.dropFirst()), interp, types)
        })
    }

    /// numpy's `kind=` of sort and argsort: None or a name starting with q, h, m or s (any
    /// case). Every kind gives the same order here, a stable one; numpy's default quicksort
    /// may order equal keys differently (its order among them is unspecified).
    static func checkSortKind(_ kind: Value?, _ interp: Interpreter) throws {
        guard let kind, !kind.isNone else { return }
        guard case .str(let name) = kind else {
            throw PyException(.typeError, "sort kind must be str, not \(interp.typeName(kind))")
        }
        guard let first = name.first, "qQhHmMsS".contains(first) else {
            throw PyException(.valueError, "sort kind must be one of 'quick', 'heap', or 'stable' (got \(PyStr.repr(name)))")
        }
    }

    /// Any array-like argument as a tensor (arrays as they are, lists and scalars converted).
    static func tensor(_ v: Value, _ interp: Interpreter, _ types: NumpyTypes) throws -> Tensor {
        if case .object(let o) = v, let a = o as? NDArray { return a.tensor }
        return try Conversions.array(v, dtype: nil, interp, types)
    }

    static func clip(_ t: Tensor, _ lo: Value?, _ hi: Value?, _ interp: Interpreter, _ types: NumpyTypes) throws -> Value {
        func bound(_ v: Value?) throws -> Operand? {
            guard let v, !v.isNone else { return nil }
            guard let o = try Conversions.operand(v, interp, types) else {
                throw PyException(.typeError, "clip bounds must be numbers or arrays, not \(interp.typeName(v))")
            }
            return o
        }
        let low = try bound(lo), high = try bound(hi)
        return types.arrayOrScalar(try NumpyErrors.translating(interp) {
            // numpy 2 clips to nothing when both bounds are None: a plain copy.
            low == nil && high == nil ? try t.copy() : try t.clip(min: low, max: high)
        })
    }

    private static func cast(_ t: Tensor, _ dtype: Value?, _ interp: Interpreter) throws -> Tensor {
        guard let d = try Conversions.dtype(dtype, interp) else { return t }
        return try NumpyErrors.translating(interp) { try t.astype(d) }
    }

    /// A reduction over `axis` (None, int or tuple) with `keepdims`; a `dtype` parameter,
    /// when present, casts the input first.
    private static func reduction(_ parameters: [String], _ reduce: @escaping (Tensor, [Int]?, Bool) throws -> Tensor) -> ArrayFunction {
        let dtypeAt = parameters.firstIndex(of: "dtype"), keepAt = parameters.firstIndex(of: "keepdims")!
        return ArrayFunction(parameters: parameters) { t, p, interp, types in
            let axes = try Conversions.axes(p[0], interp), keep = try Params.flag(p[keepAt], interp)
            let source = try dtypeAt.map { try cast(t, p[$0], interp) } ?? t
            return types.arrayOrScalar(try NumpyErrors.translating(interp) { try reduce(source, axes, keep) })
        }
    }

    /// `std`/`var`: a reduction with `ddof`.
    private static func spread(_ reduce: @escaping (Tensor, [Int]?, Int, Bool) throws -> Tensor) -> ArrayFunction {
        ArrayFunction(parameters: ["axis", "dtype", "out", "ddof", "keepdims"]) { t, p, interp, types in
            let axes = try Conversions.axes(p[0], interp), keep = try Params.flag(p[4], interp)
            let ddof = try p[3].map { try Conversions.index($0, interp) } ?? 0
            let source = try cast(t, p[1], interp)
            return types.arrayOrScalar(try NumpyErrors.translating(interp) { try reduce(source, axes, ddof, keep) })
        }
    }
}
