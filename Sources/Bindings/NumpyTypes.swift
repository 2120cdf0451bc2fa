import Script
import TensorCore

/// The classes one interpreter's numpy module shows: `np.ndarray`, the scalar types
/// (`np.float64` derives from Python's `float`, as in numpy) and `np.dtype`. Each native
/// value keeps a reference so that `type(x)` and `isinstance` see these classes.
final class NumpyTypes {
    private(set) var ndarray = PyClass.object
    private(set) var dtype = PyClass.object
    private var scalarClasses: [DType: PyClass] = [:]
    /// `np.generic`, `np.number`, `np.integer`, `np.signedinteger`, `np.inexact`, `np.floating`.
    private(set) var abstractClasses: [PyClass] = []

    init() {
        ndarray = PyClass.native(name: "ndarray", module: "numpy") { [unowned self] interp, _, args in
            try args.expect("ndarray", 1...2, allowKeywords: true)
            let shape = try Conversions.shape(args[0], interp)
            let dtype = try Conversions.dtype(args.argument(1, "dtype"), interp) ?? .float64
            return self.wrap(try NumpyErrors.translating(interp) { try Tensor.zeros(shape, dtype: dtype) })
        }
        dtype = PyClass.native(name: "dtype", module: "numpy") { [unowned self] interp, _, args in
            try args.expect("dtype", 1...1)
            guard let d = try Conversions.dtype(args[0], interp) else {
                throw PyException(.typeError, "Cannot interpret 'None' as a data type")
            }
            return .object(DTypeObject(d, self))
        }
        // numpy's abstract scalar types, for `isinstance(x, np.floating)` and friends.
        func abstract(_ name: String, _ bases: [PyClass]) -> PyClass {
            let cls = PyClass.native(name: name, module: "numpy", bases: bases) { _, _, _ in
                throw PyException(.typeError, "cannot create 'numpy.\(name)' instances")
            }
            abstractClasses.append(cls)
            return cls
        }
        let generic = abstract("generic", [])
        let number = abstract("number", [generic])
        let integer = abstract("integer", [number])
        let signed = abstract("signedinteger", [integer])
        let inexact = abstract("inexact", [number])
        let floating = abstract("floating", [inexact])
        let concrete: [(DType, [PyClass])] = [
            (.float64, [floating, PyClass.float]), (.float32, [floating]), (.int64, [signed]), (.int32, [signed]), (.bool, [generic]),
        ]
        for (d, bases) in concrete {
            scalarClasses[d] = PyClass.native(name: d.name, module: "numpy", bases: bases) { [unowned self] interp, _, args in
                try args.expect(d.name, 0...1)
                var value = args.count == 0 ? Value.int(0) : args[0]
                if case .str = value {
                    // `np.float64("nan")` parses as Python's float() and int() do.
                    value = try interp.call(.object(d.isFloatingPoint ? PyClass.float : d == .bool ? PyClass.bool : PyClass.int), [value])
                }
                let t = try Conversions.array(value, dtype: d, interp, self)
                return t.ndim == 0 ? self.scalar(t) : self.wrap(t)
            }
        }
    }

    /// The class of numpy scalars of `dtype` (`np.float64`, ...).
    func scalarClass(_ dtype: DType) -> PyClass { scalarClasses[dtype] ?? .object }

    /// An ndarray value.
    func wrap(_ t: Tensor) -> Value { .object(NDArray(t, self)) }

    /// An ndarray of strings.
    func wrap(_ strings: StringArray) -> Value { .object(NDArrayOfStrings(strings, self)) }

    /// A numpy scalar from a 0-d tensor.
    func scalar(_ t: Tensor) -> Value {
        guard let s = try? t.item() else { return wrap(t) }
        return .object(NumpyScalar(s, self))
    }

    /// numpy's rule for results that may be 0-d: a scalar then, else an array.
    func arrayOrScalar(_ t: Tensor) -> Value { t.ndim == 0 ? scalar(t) : wrap(t) }
}
