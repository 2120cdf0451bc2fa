import Script
import TensorCore

/// `_numpy` functions that make arrays: `array`, `zeros`, `arange`, `linspace`, ...
enum NumpyConstruction {
    static func install(_ module: ModuleBuilder) {
        let types = module.types
        module.def("array", ["object", "dtype", "copy", "ndmin"], required: 1) { interp, p in
            if p[3] == nil, let width = Conversions.stringWidth(p[1]) {
                return types.wrap(try Conversions.stringArray(p[0]!, width: width, interp))
            }
            if p[1] == nil && p[3] == nil, let strings = try NDArrayOfStrings.of(p[0]!, interp, types) {
                // `np.array` copies, as it does for number arrays.
                return types.wrap(try NumpyErrors.translating(interp) { try strings.array.copy() })
            }
            var t = try Conversions.array(p[0]!, dtype: try Conversions.dtype(p[1], interp), interp, types)
            let ndmin = try p[3].map { try Conversions.index($0, interp) } ?? 0
            if t.ndim < ndmin { t = try NumpyErrors.translating(interp) { try t.reshape(Array(repeating: 1, count: ndmin - t.ndim) + t.shape) } }
            return types.wrap(t)
        }
        module.def("asarray", ["a", "dtype"], required: 1) { interp, p in
            if p[1] == nil, let strings = try NDArrayOfStrings.of(p[0]!, interp, types) { return .object(strings) }
            let d = try Conversions.dtype(p[1], interp)
            if case .object(let o) = p[0]!, let a = o as? NDArray, d == nil || d == a.tensor.dtype { return .object(a) }
            return types.wrap(try Conversions.array(p[0]!, dtype: d, interp, types))
        }
        for (name, fill) in [("zeros", 0.0), ("ones", 1.0), ("empty", 0.0)] {
            module.def(name, ["shape", "dtype"], required: 1) { interp, p in
                let shape = try Conversions.shape(p[0]!, interp), d = try Conversions.dtype(p[1], interp) ?? .float64
                return types.wrap(try NumpyErrors.translating(interp) { try Tensor.full(shape, .float(fill), dtype: d) })
            }
            module.def(name + "_like", ["a", "dtype"], required: 1) { interp, p in
                let a = try module.tensor(p[0], interp), d = try Conversions.dtype(p[1], interp) ?? a.dtype
                return types.wrap(try NumpyErrors.translating(interp) { try Tensor.full(a.shape, .float(fill), dtype: d) })
            }
        }
        module.def("full", ["shape", "fill_value", "dtype"], required: 2) { interp, p in
            let shape = try Conversions.shape(p[0]!, interp), value = try module.operand(p[1], interp)
            let d = try Conversions.dtype(p[2], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try Tensor.full(shape, value, dtype: d) })
        }
        module.def("full_like", ["a", "fill_value", "dtype"], required: 2) { interp, p in
            let a = try module.tensor(p[0], interp), value = try module.operand(p[1], interp)
            let d = try Conversions.dtype(p[2], interp) ?? a.dtype
            return types.wrap(try NumpyErrors.translating(interp) { try Tensor.full(a.shape, value, dtype: d) })
        }
        module.def("eye", ["N", "M", "k", "dtype"], required: 1) { interp, p in
            let n = try Conversions.index(p[0]!, interp)
            let cols = try p[1].flatMap { $0.isNone ? nil : try Conversions.index($0, interp) }
            let k = try p[2].map { try Conversions.index($0, interp) } ?? 0
            let d = try Conversions.dtype(p[3], interp) ?? .float64
            return types.wrap(try NumpyErrors.translating(interp) { try Tensor.eye(n, cols, k: k, dtype: d) })
        }
        module.def("identity", ["n", "dtype"], required: 1) { interp, p in
            let n = try Conversions.index(p[0]!, interp), d = try Conversions.dtype(p[1], interp) ?? .float64
            return types.wrap(try NumpyErrors.translating(interp) { try Tensor.eye(n, dtype: d) })
        }
        module.def("arange", ["start", "stop", "step", "dtype"], required: 1) { interp, p in
            var bounds = try [p[0], p[1]].compactMap { $0 }.filter { !$0.isNone }.map { try module.operand($0, interp) }
            if bounds.count == 1 { bounds.insert(.int(0), at: 0) }
            let step = try p[2].flatMap { $0.isNone ? nil : try module.operand($0, interp) } ?? .int(1)
            let d = try Conversions.dtype(p[3], interp)
            return types.wrap(try NumpyErrors.translating(interp) { try Tensor.arange(bounds[0], bounds[1], step, dtype: d) })
        }
        module.def("linspace", ["start", "stop", "num", "endpoint", "retstep", "dtype"], required: 2) { interp, p in
            let start = try interp.toDouble(p[0]!), stop = try interp.toDouble(p[1]!)
            let num = try p[2].map { try Conversions.index($0, interp) } ?? 50
            let endpoint = try p[3].map { try interp.isTruthy($0) } ?? true
            let d = try Conversions.dtype(p[5], interp) ?? .float64
            let t = try NumpyErrors.translating(interp) { try Tensor.linspace(start, stop, num: num, endpoint: endpoint).astype(d) }
            guard try Params.flag(p[4], interp) else { return types.wrap(t) }
            let divisions = endpoint ? num - 1 : num
            let step: Value = divisions > 0 ? .object(NumpyScalar(.float64((stop - start) / Double(divisions)), types)) : .float(.nan)
            return .object(PyTuple([types.wrap(t), step]))
        }
    }
}
