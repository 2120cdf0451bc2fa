/// Why a tokenizer could not be loaded or used. Descriptions name the file and the problem.
public enum TokenizerError: Error, CustomStringConvertible, Equatable {
    case unreadableFile(path: String, reason: String)
    case invalidJSON(path: String, reason: String)
    case invalidFile(path: String, reason: String)
    case invalidConfig(String)
    case invalidCharsmap(String)
    case invalidProtobuf(String)
    case unknownType(section: String, type: String)
    case idOutOfRange(Int)

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason): return "cannot read \(path): \(reason)"
        case let .invalidJSON(path, reason): return "\(path) is not valid JSON: \(reason)"
        case let .invalidFile(path, reason): return "\(path): \(reason)"
        case let .invalidConfig(reason): return reason
        case let .invalidCharsmap(reason): return "precompiled_charsmap is malformed: \(reason)"
        case let .invalidProtobuf(reason): return "SentencePiece model is malformed: \(reason)"
        case let .unknownType(section, type): return "unknown \(section) type \(type.debugDescription)"
        case let .idOutOfRange(id): return "token id \(id) is out of range"
        }
    }

    /// The same error, said of the file `path` (config errors found while reading it).
    func inFile(_ path: String) -> TokenizerError {
        switch self {
        case .unreadableFile, .invalidJSON, .invalidFile: return self
        default: return .invalidFile(path: path, reason: description)
        }
    }
}
