/// One token a model produced for a word: its id, its string, and the scalars of the word it covers.
public struct ModelToken: Equatable {
    public let id: Int
    public let value: String
    public let range: Range<Int>
}

/// A tokenizer.json `model`: turns one pre-tokenized word into tokens.
public protocol TokenModel: AnyObject {
    func tokenize(_ word: [Unicode.Scalar]) -> [ModelToken]
    func id(of token: String) -> Int?
    func token(of id: Int) -> String?
    /// One past the largest id the model knows.
    var vocabularySize: Int { get }
    /// A model that may tokenize on another thread while this one does: it shares the
    /// read-only tables and owns its mutable state (a word cache starts as a copy of this
    /// one's). A model with no mutable state returns itself.
    func concurrentCopy() -> TokenModel
}

/// The `<0xAB>` spelling of a byte used by byte-fallback vocabularies.
func byteFallbackToken(_ byte: UInt8) -> String {
    let hex = String(byte, radix: 16, uppercase: true)
    return "<0x" + (hex.count == 1 ? "0" + hex : hex) + ">"
}

/// A vocabulary as its file lists it: (token, id) entries.
public typealias VocabularyEntries = [(token: String, id: Int)]

/// The largest token id accepted from a file (ids index embedding rows, so more is hostile).
let maximumTokenID = Int(Int32.max) - 1

/// Builds id -> token from a vocabulary, rejecting negative or absurdly large ids.
func reverseVocabulary(_ vocab: VocabularyEntries, what: String) throws -> [Int: String] {
    var reverse: [Int: String] = [:]
    for (token, id) in vocab {
        guard id >= 0 && id <= maximumTokenID else {
            throw TokenizerError.invalidConfig("\(what) vocabulary has id \(id) for \(token.debugDescription), outside 0...\(maximumTokenID)")
        }
        reverse[id] = token
    }
    return reverse
}

/// The vocabulary keyed exactly (see `ExactKey`).
func exactVocabulary(_ vocab: VocabularyEntries) -> [ExactKey: Int] {
    var out: [ExactKey: Int] = [:]
    for (token, id) in vocab { out[ExactKey(token)] = id }
    return out
}
