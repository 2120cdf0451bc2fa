/// WordPiece (`"type": "WordPiece"`): greedy longest-match-first; pieces after the first
/// carry the `##` prefix; a word with any unmatched part, or longer than
/// `maxInputCharsPerWord`, becomes a single unknown token.
public final class WordPieceModel: TokenModel {
    private let vocab: [ExactKey: Int]
    private let vocabR: [Int: String]
    public let unkToken: String
    public let continuingSubwordPrefix: String
    public let maxInputCharsPerWord: Int
    private let unkID: Int
    private let starts: ScalarTrie
    private let continuations: ScalarTrie
    /// Each id's token, so a match's token is looked up instead of built (a String per
    /// piece); nil when two tokens share an id, or the ids are too sparse for an array.
    private let tokenOfID: [String]?

    public init(vocab: VocabularyEntries, unkToken: String = "[UNK]", continuingSubwordPrefix: String = "##",
                maxInputCharsPerWord: Int = 100) throws {
        let exact = exactVocabulary(vocab)
        guard let unk = exact[ExactKey(unkToken)] else {
            throw TokenizerError.invalidConfig("WordPiece unk_token \(unkToken.debugDescription) is not in the vocabulary")
        }
        self.vocab = exact
        let reverse = try reverseVocabulary(vocab, what: "WordPiece")
        self.vocabR = reverse
        self.unkToken = unkToken
        self.continuingSubwordPrefix = continuingSubwordPrefix
        self.maxInputCharsPerWord = maxInputCharsPerWord
        self.unkID = unk
        // Two tries, word starts and continuations (prefix removed), so the longest match at
        // each position is one walk instead of a lookup per candidate length.
        let prefix = Array(continuingSubwordPrefix.unicodeScalars)
        var starts = ScalarTrie(), continuations = ScalarTrie()
        for (key, id) in exact {
            let scalars = Array(key.string.unicodeScalars)
            starts.insert(scalars, id: id)
            if !prefix.isEmpty, scalars.count > prefix.count, scalars.starts(with: prefix) {
                continuations.insert(Array(scalars[prefix.count...]), id: id)
            }
        }
        self.starts = starts
        self.continuations = prefix.isEmpty ? starts : continuations
        let largestID = reverse.keys.max() ?? -1
        let oneTokenPerID = exact.allSatisfy { key, id in reverse[id].map(ExactKey.init) == key }
        if oneTokenPerID, largestID < 2 * reverse.count + 1024 {
            var tokens = [String](repeating: "", count: largestID + 1)
            for (id, token) in reverse { tokens[id] = token }
            tokenOfID = tokens
        } else {
            tokenOfID = nil
        }
    }

    /// Every stored property is a constant, so one instance serves any number of threads.
    public func concurrentCopy() -> TokenModel { self }

    public var vocabularySize: Int { (vocabR.keys.max() ?? -1) + 1 }
    public func id(of token: String) -> Int? { vocab[ExactKey(token)] }
    public func token(of id: Int) -> String? { vocabR[id] }

    public func tokenize(_ word: [Unicode.Scalar]) -> [ModelToken] {
        guard !word.isEmpty else { return [] }
        let unknown = [ModelToken(id: unkID, value: unkToken, range: 0..<word.count)]
        if word.count > maxInputCharsPerWord { return unknown }
        var tokens: [ModelToken] = []
        var start = 0
        while start < word.count {
            guard let match = (start == 0 ? starts : continuations).longestPrefix(of: word, from: start) else { return unknown }
            let value = tokenOfID?[match.id] ?? {
                let piece = String(String.UnicodeScalarView(word[start..<match.end]))
                return start == 0 ? piece : continuingSubwordPrefix + piece
            }()
            tokens.append(ModelToken(id: match.id, value: value, range: start..<match.end))
            start = match.end
        }
        return tokens
    }
}
