import Foundation

/// The parts of a SentencePiece `.model` file (a `ModelProto` protobuf) a tokenizer needs,
/// decoded straight from the protobuf wire format.
public struct SentencePieceModelFile {
    /// `SentencePiece.Type`.
    public enum PieceType: Int {
        case normal = 1, unknown = 2, control = 3, userDefined = 4, unused = 5, byte = 6
    }

    public struct Piece {
        public var piece = ""
        public var score: Float = 0
        public var type: PieceType = .normal
    }

    public var pieces: [Piece] = []
    /// TrainerSpec.model_type: 1 unigram, 2 BPE, 3 word, 4 char.
    public var modelType = 1
    public var vocabSize: Int?
    public var unkID = 0
    public var bosID = 1
    public var eosID = 2
    public var padID = -1
    public var byteFallback = false
    public var normalizerName: String?
    public var precompiledCharsmap: [UInt8] = []
    public var addDummyPrefix = true
    public var removeExtraWhitespaces = true
    public var escapeWhitespaces = true

    public init(bytes: [UInt8]) throws {
        var reader = ProtobufReader(bytes[...])
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (1, .bytes(let b)): pieces.append(try Self.piece(b))
            case (2, .bytes(let b)): try readTrainerSpec(b)
            case (3, .bytes(let b)): try readNormalizerSpec(b)
            case (1, _), (2, _), (3, _): throw TokenizerError.invalidProtobuf("field \(field) of ModelProto has the wrong wire type")
            default: break  // self_test_data, denormalizer_spec and unknown fields
            }
        }
        guard !pieces.isEmpty else { throw TokenizerError.invalidProtobuf("it has no pieces") }
    }

    private static func piece(_ bytes: ArraySlice<UInt8>) throws -> Piece {
        var p = Piece()
        var reader = ProtobufReader(bytes)
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (1, .bytes(let b)):
                guard let s = String(validating: Array(b), as: UTF8.self) else { throw TokenizerError.invalidProtobuf("a piece is not UTF-8") }
                p.piece = s
            case (2, .fixed32(let bits)): p.score = Float(bitPattern: bits)
            case (3, .varint(let v)):
                guard let t = PieceType(rawValue: Int(truncatingIfNeeded: v)) else { throw TokenizerError.invalidProtobuf("unknown piece type \(v)") }
                p.type = t
            default: break
            }
        }
        return p
    }

    private mutating func readTrainerSpec(_ bytes: ArraySlice<UInt8>) throws {
        var reader = ProtobufReader(bytes)
        while let (field, value) = try reader.next() {
            guard case .varint(let v) = value else { continue }
            let n = Int(Int32(truncatingIfNeeded: v))  // int32 fields: negatives arrive sign-extended
            switch field {
            case 3: modelType = n
            case 4: vocabSize = n
            case 35: byteFallback = v != 0
            case 40: unkID = n
            case 41: bosID = n
            case 42: eosID = n
            case 43: padID = n
            default: break
            }
        }
    }

    private mutating func readNormalizerSpec(_ bytes: ArraySlice<UInt8>) throws {
        var reader = ProtobufReader(bytes)
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (1, .bytes(let b)): normalizerName = String(decoding: b, as: UTF8.self)
            case (2, .bytes(let b)): precompiledCharsmap = Array(b)
            case (3, .varint(let v)): addDummyPrefix = v != 0
            case (4, .varint(let v)): removeExtraWhitespaces = v != 0
            case (5, .varint(let v)): escapeWhitespaces = v != 0
            default: break
            }
        }
    }
}

/// Reads protobuf fields one at a time, with every length checked against the buffer.
struct ProtobufReader {
    enum Value {
        case varint(UInt64)
        case fixed64(UInt64)
        case bytes(ArraySlice<UInt8>)
        case fixed32(UInt32)
    }

    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    private mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        for shift in stride(from: 0, to: 70, by: 7) {
            guard position < bytes.endIndex else { throw TokenizerError.invalidProtobuf("truncated varint at byte \(position)") }
            let b = bytes[position]
            position += 1
            guard shift < 64 else { throw TokenizerError.invalidProtobuf("varint longer than 10 bytes at byte \(position)") }
            result |= UInt64(b & 0x7F) << UInt64(shift)
            if b & 0x80 == 0 { return result }
        }
        throw TokenizerError.invalidProtobuf("varint longer than 10 bytes at byte \(position)")
    }

    private mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
        guard n >= 0, n <= bytes.endIndex - position else {
            throw TokenizerError.invalidProtobuf("field of \(n) bytes at byte \(position) runs past the end (\(bytes.endIndex))")
        }
        defer { position += n }
        return bytes[position..<position + n]
    }

    /// The next (field number, value), or nil at the end.
    mutating func next() throws -> (Int, Value)? {
        guard position < bytes.endIndex else { return nil }
        let key = try varint()
        let field = Int(truncatingIfNeeded: key >> 3)
        guard field > 0 else { throw TokenizerError.invalidProtobuf("field number 0 at byte \(position)") }
        switch key & 7 {
        case 0: return (field, .varint(try varint()))
        case 1:
            let b = try take(8)
            return (field, .fixed64(b.reversed().reduce(0) { $0 << 8 | UInt64($1) }))
        case 2:
            let length = try varint()
            guard length <= UInt64(Int.max) else { throw TokenizerError.invalidProtobuf("length \(length) too large") }
            return (field, .bytes(try take(Int(length))))
        case 5:
            let b = try take(4)
            return (field, .fixed32(b.reversed().reduce(0) { $0 << 8 | UInt32($1) }))
        default:
            throw TokenizerError.invalidProtobuf("unsupported wire type \(key & 7) at byte \(position)")
        }
    }
}
