import Script
import TensorCore

/// Fills a native module with functions whose arguments follow numpy's conventions:
/// parameters bound by position or keyword, array-likes converted, engine errors raised
/// as numpy's Python exceptions.
struct ModuleBuilder {
    let module: PyModule
    let types: NumpyTypes

    /// A member of the module (`np.pi`, a class).
    subscript(name: String) -> Value? {
        get { module[name] }
        nonmutating set { module[name] = newValue }
    }

    /// Registers `name(parameters...)`; the body gets one value (or nil) per parameter,
    /// the first `required` of them present.
    func def(_ name: String, _ parameters: [String], required: Int = 0,
             _ body: @escaping (Interpreter, [Value?]) throws -> Value) {
        module[name] = .object(PyNativeFunction(name, parameters: parameters) { interp, args in
            try body(interp, try Params.bind(args, name, parameters, required: required))
        })
    }

    /// An array-like argument as a tensor.
    func tensor(_ v: Value?, _ interp: Interpreter) throws -> Tensor {
        try NumpyFunctions.tensor(v ?? .none, interp, types)
    }

    /// A sequence of array-likes (`np.concatenate([a, b])`) as tensors.
    func tensors(_ v: Value?, _ interp: Interpreter) throws -> [Tensor] {
        try interp.iterateToArray(v ?? .none).map { try tensor($0, interp) }
    }

    /// An operand of a ufunc: Python scalars stay weak, everything else becomes an array.
    func operand(_ v: Value?, _ interp: Interpreter) throws -> Operand {
        guard let v, let o = try Conversions.operand(v, interp, types) else {
            throw PyException(.typeError, "expected a number or an array, got \(interp.typeName(v ?? .none))")
        }
        return o
    }

    /// Runs an engine computation; a 0-d result becomes a numpy scalar, as numpy returns.
    func run(_ interp: Interpreter, _ body: () throws -> Tensor) throws -> Value {
        types.arrayOrScalar(try NumpyErrors.translating(interp, body))
    }
}
