// PyFormatError: the one error type of the Format folder.
//
// Every function in Sources/Script/Format reports bad input by throwing this, carrying the
// Python exception class name ("ValueError", "TypeError", "OverflowError", "KeyError") and
// the message CPython 3.11 prints, word for word. The evaluator turns it into its own
// Python-shaped exception; nothing here traps on user data.

/// A Python exception raised by the formatting and parsing helpers.
public struct PyFormatError: Error, Equatable, CustomStringConvertible {
    /// The Python exception class, e.g. `"ValueError"`.
    public var kind: String
    /// The exception message exactly as CPython words it.
    public var message: String

    public init(kind: String, message: String) {
        self.kind = kind
        self.message = message
    }

    static func valueError(_ message: String) -> PyFormatError {
        PyFormatError(kind: "ValueError", message: message)
    }

    static func typeError(_ message: String) -> PyFormatError {
        PyFormatError(kind: "TypeError", message: message)
    }

    static func overflowError(_ message: String) -> PyFormatError {
        PyFormatError(kind: "OverflowError", message: message)
    }

    /// `ValueError: message`, the way a traceback's last line reads.
    public var description: String { "\(kind): \(message)" }
}
