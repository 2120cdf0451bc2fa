/// The Python exception class an engine error maps to.
public enum PythonErrorKind: String, Sendable {
    case valueError = "ValueError"
    case indexError = "IndexError"
    case typeError = "TypeError"
    case memoryError = "MemoryError"
    /// `_ArrayMemoryError` (a MemoryError): an array too big to allocate.
    case arrayMemoryError = "_ArrayMemoryError"
    /// `numpy.exceptions.AxisError`, a subclass of both ValueError and IndexError.
    case axisError = "AxisError"
    case zeroDivisionError = "ZeroDivisionError"
    case overflowError = "OverflowError"
    /// `_UFuncNoLoopError` (a TypeError): the ufunc has no loop for these dtypes. Like the
    /// next one, `type(e).__name__` says `UFuncTypeError` while tracebacks print the
    /// qualified private name.
    case ufuncNoLoopError = "_UFuncNoLoopError"
    /// `_UFuncOutputCastingError` (a TypeError): an in-place result cannot be cast back.
    case ufuncOutputCastingError = "_UFuncOutputCastingError"

    /// The name Python prints on the last line of a traceback.
    public var qualifiedName: String {
        switch self {
        case .axisError: return "numpy.exceptions.AxisError"
        case .ufuncNoLoopError, .ufuncOutputCastingError, .arrayMemoryError: return "numpy._core._exceptions." + rawValue
        default: return rawValue
        }
    }

    /// The built-in exception classes an `except` clause can catch this by.
    public var builtinBases: [String] {
        switch self {
        case .axisError: return ["ValueError", "IndexError"]
        case .ufuncNoLoopError, .ufuncOutputCastingError: return ["TypeError"]
        case .arrayMemoryError: return ["MemoryError"]
        default: return [rawValue]
        }
    }
}

/// An engine error carrying numpy's exact message, for the bindings to raise as a Python exception.
public struct TensorError: Error, Equatable, CustomStringConvertible {
    public let kind: PythonErrorKind
    public let message: String

    public init(_ kind: PythonErrorKind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }

    static func axis(_ axis: Int, ndim: Int) -> TensorError {
        TensorError(.axisError, "axis \(axis) is out of bounds for array of dimension \(ndim)")
    }

    /// numpy 2's error for a Python int that does not fit the dtype it must take.
    public static func outOfBounds(_ value: Int64, _ dtype: DType) -> TensorError {
        TensorError(.overflowError, "Python integer \(value) out of bounds for \(dtype.name)")
    }

    static func broadcast(_ shapes: [[Int]]) -> TensorError {
        let text = shapes.map { compactShape($0) + " " }.joined()
        return TensorError(.valueError, "operands could not be broadcast together with shapes \(text)")
    }
}

/// A shape as Python prints a tuple: `(3,)`, `(2, 3)`, `()`.
public func pythonShape(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
}

/// A shape as numpy's C code prints it in error messages: `(3,)`, `(2,3)`.
func compactShape(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
}
