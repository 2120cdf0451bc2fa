import Script
import TensorCore

/// Engine errors become the Python exceptions numpy raises. Most map onto built-in classes;
/// numpy's own classes (`AxisError`, the ufunc casting errors) live in Stdlib modules named
/// as numpy names them, so tracebacks end in `numpy.exceptions.AxisError: ...`.
enum NumpyErrors {
    /// Runs `body`, turning a `TensorError` into the matching Python exception.
    static func translating<T>(_ interp: Interpreter, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as TensorError {
            throw exception(for: error, interp)
        }
    }

    static func exception(for error: TensorError, _ interp: Interpreter) -> PyException {
        switch error.kind {
        case .valueError: return PyException(.valueError, error.message)
        case .indexError: return PyException(.indexError, error.message)
        case .typeError: return PyException(.typeError, error.message)
        case .memoryError: return PyException(.memoryError, error.message)
        case .zeroDivisionError: return PyException(.zeroDivisionError, error.message)
        case .overflowError: return PyException(.overflowError, error.message)
        case .axisError: return numpyException("numpy.exceptions", "AxisError", error.message, interp)
        case .ufuncNoLoopError, .ufuncOutputCastingError, .arrayMemoryError:
            return numpyException("numpy._core._exceptions", error.kind.rawValue, error.message, interp)
        }
    }

    /// numpy's error for a ufunc given types it has no loop for (`int_array + 'x'`).
    static func noLoop(_ ufunc: String, _ dtypes: [String], _ interp: Interpreter) -> PyException {
        let signature = dtypes.map { "dtype('\($0)')" }.joined(separator: ", ")
        return numpyException("numpy._core._exceptions", "_UFuncNoLoopError",
                              "ufunc '\(ufunc)' did not contain a loop with signature matching types (\(signature)) -> None", interp)
    }

    /// `if a:` for an array that is not of size 1.
    static func ambiguousTruth(size: Int) -> PyException {
        size == 0
            ? PyException(.valueError, "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
            : PyException(.valueError, "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
    }

    /// numpy's error for strings meeting numbers where one dtype must hold both
    /// (`np.where(mask, "x", 7)`); `dtypes` are numpy's DType class names.
    static func noCommonDType(_ dtypes: [String], _ interp: Interpreter) -> PyException {
        let names = dtypes.map { "<class 'numpy.dtypes.\($0)'>" }
        return numpyException("numpy.exceptions", "DTypePromotionError",
                              "The DType \(names[0]) could not be promoted by \(names[1]). This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is `object`. The full list of DTypes is: (\(names.joined(separator: ", ")))", interp)
    }

    /// An instance of the exception class `name` of the Stdlib module `module`; a TypeError
    /// naming the problem if that module cannot be imported (a broken installation).
    private static func numpyException(_ module: String, _ name: String, _ message: String, _ interp: Interpreter) -> PyException {
        guard let m = try? interp.importModule(module), case .object(let o)? = m[name], let cls = o as? PyClass else {
            return PyException(.importError, "cannot import name '\(name)' from '\(module)'")
        }
        return PyException(cls, message)
    }
}
