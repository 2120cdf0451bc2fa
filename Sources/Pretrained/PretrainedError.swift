/// An error from loading or running a pretrained model, carrying the Python exception class
/// transformers or torch would raise, so the bindings can raise the same.
public struct PretrainedError: Error, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case osError = "OSError"
        case valueError = "ValueError"
        case keyError = "KeyError"
        case indexError = "IndexError"
        case runtimeError = "RuntimeError"
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
