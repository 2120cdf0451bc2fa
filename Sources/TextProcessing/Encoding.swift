/// The result of encoding one text (or pair): parallel arrays, as `tokenizers.Encoding` has.
public struct Encoding: Equatable {
    public var ids: [Int] = []
    public var tokens: [String] = []
    /// (start, end) in Unicode scalars of the original text; (0, 0) for added special tokens.
    public var offsets: [Range<Int>] = []
    public var typeIDs: [Int] = []
    public var attentionMask: [Int] = []
    public var specialTokensMask: [Int] = []
    /// The pre-tokenized word each token came from; nil for special and padding tokens.
    public var wordIDs: [Int?] = []

    public init() {}

    public var count: Int { ids.count }

    mutating func append(id: Int, token: String, offsets: Range<Int>, typeID: Int, special: Bool, word: Int?) {
        ids.append(id)
        tokens.append(token)
        self.offsets.append(offsets)
        typeIDs.append(typeID)
        attentionMask.append(1)
        specialTokensMask.append(special ? 1 : 0)
        wordIDs.append(word)
    }

    mutating func append(_ other: Encoding) {
        ids += other.ids
        tokens += other.tokens
        offsets += other.offsets
        typeIDs += other.typeIDs
        attentionMask += other.attentionMask
        specialTokensMask += other.specialTokensMask
        wordIDs += other.wordIDs
    }

    /// Keeps `length` tokens from the start (`.right` truncation) or the end (`.left`).
    mutating func truncate(to length: Int, side: Side) {
        guard count > length else { return }
        let keep = side == .right ? 0..<max(length, 0) : (count - max(length, 0))..<count
        ids = Array(ids[keep]); tokens = Array(tokens[keep]); offsets = Array(offsets[keep])
        typeIDs = Array(typeIDs[keep]); attentionMask = Array(attentionMask[keep])
        specialTokensMask = Array(specialTokensMask[keep]); wordIDs = Array(wordIDs[keep])
    }

    /// Pads to `length` with the pad token on `side`.
    mutating func pad(to length: Int, side: Side, id: Int, token: String, typeID: Int) {
        let n = length - count
        guard n > 0 else { return }
        func padded<T>(_ a: [T], _ v: T) -> [T] {
            side == .right ? a + Array(repeating: v, count: n) : Array(repeating: v, count: n) + a
        }
        ids = padded(ids, id); tokens = padded(tokens, token); offsets = padded(offsets, 0..<0)
        typeIDs = padded(typeIDs, typeID); attentionMask = padded(attentionMask, 0)
        specialTokensMask = padded(specialTokensMask, 1); wordIDs = padded(wordIDs, nil)
    }

    /// Which end padding or truncation works on.
    public enum Side: String { case left, right }
}

/// Padding as `enable_padding` sets it: to the longest of a batch or to a fixed length.
public struct PaddingOptions {
    public enum Strategy: Equatable { case longest, fixed(Int) }
    public var strategy: Strategy = .longest
    public var side: Encoding.Side = .right
    public var padID = 0
    public var padTypeID = 0
    public var padToken = "[PAD]"
    public var padToMultipleOf: Int? = nil

    public init(strategy: Strategy = .longest, side: Encoding.Side = .right, padID: Int = 0, padTypeID: Int = 0,
                padToken: String = "[PAD]", padToMultipleOf: Int? = nil) {
        self.strategy = strategy
        self.side = side
        self.padID = padID
        self.padTypeID = padTypeID
        self.padToken = padToken
        self.padToMultipleOf = padToMultipleOf
    }
}

/// Truncation as `enable_truncation` sets it (longest-first for pairs).
public struct TruncationOptions {
    public var maxLength: Int
    public var side: Encoding.Side = .right

    public init(maxLength: Int, side: Encoding.Side = .right) {
        self.maxLength = maxLength
        self.side = side
    }
}
