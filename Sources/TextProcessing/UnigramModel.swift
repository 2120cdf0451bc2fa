/// Unigram language model (`"type": "Unigram"`, SentencePiece): the segmentation with the
/// highest total log-probability score, found by Viterbi over every vocabulary piece that
/// matches at each position. A character no piece covers costs `min_score - 10` and
/// consecutive unknowns fuse into one unknown token (whose string is the text itself).
public final class UnigramModel: TokenModel {
    public let pieces: [(piece: String, score: Double)]
    public let unkID: Int?
    public let byteFallback: Bool
    private let ids: [ExactKey: Int]
    private let trie: ScalarTrie
    private let unkScore: Double
    private var cache: [ExactKey: [ModelToken]] = [:]
    private static let cacheCapacity = 10_000
    static let unknownPenalty = 10.0

    public init(pieces: [(piece: String, score: Double)], unkID: Int?, byteFallback: Bool = false) throws {
        if let u = unkID {
            guard !pieces.isEmpty else { throw TokenizerError.invalidConfig("Unigram vocabulary is empty") }
            guard u >= 0 && u < pieces.count else { throw TokenizerError.invalidConfig("Unigram unk_id \(u) is outside the vocabulary of \(pieces.count)") }
        }
        self.pieces = pieces
        self.unkID = unkID
        self.byteFallback = byteFallback
        var ids: [ExactKey: Int] = [:]
        var trie = ScalarTrie()
        var minScore = Double.infinity
        for (id, (piece, score)) in pieces.enumerated() {
            ids[ExactKey(piece)] = id  // a repeated piece maps to its last id, as the library's map does
            trie.insert(Array(piece.unicodeScalars), id: id)
            minScore = min(minScore, score)
        }
        self.ids = ids
        self.trie = trie
        self.unkScore = minScore - UnigramModel.unknownPenalty
    }

    private init(sharingTablesOf other: UnigramModel) {
        pieces = other.pieces
        unkID = other.unkID
        byteFallback = other.byteFallback
        ids = other.ids
        trie = other.trie
        unkScore = other.unkScore
        cache = other.cache
    }

    public func concurrentCopy() -> TokenModel { UnigramModel(sharingTablesOf: self) }

    public var vocabularySize: Int { pieces.count }
    public func id(of token: String) -> Int? { ids[ExactKey(token)] }
    public func token(of id: Int) -> String? { id >= 0 && id < pieces.count ? pieces[id].piece : nil }

    public func tokenize(_ word: [Unicode.Scalar]) -> [ModelToken] {
        guard !word.isEmpty else { return [] }
        let key = ExactKey(word)
        if let hit = cache[key] { return hit }
        var tokens: [ModelToken] = []
        for (range, pieceID) in segment(word) {
            if let id = pieceID {
                tokens.append(ModelToken(id: id, value: pieces[id].piece, range: range))
                continue
            }
            let text = String(String.UnicodeScalarView(word[range]))
            if let id = ids[ExactKey(text)] {
                tokens.append(ModelToken(id: id, value: text, range: range))
                continue
            }
            if byteFallback {
                let byteIDs = text.utf8.map { (byteFallbackToken($0), ids[ExactKey(byteFallbackToken($0))]) }
                if byteIDs.allSatisfy({ $0.1 != nil }) {
                    tokens += byteIDs.map { ModelToken(id: $0.1!, value: $0.0, range: range) }
                    continue
                }
            }
            if let u = unkID { tokens.append(ModelToken(id: u, value: text, range: range)) }
        }
        if cache.count < UnigramModel.cacheCapacity, word.count < 256 { cache[key] = tokens }
        return tokens
    }

    /// The best segmentation as (scalar range, piece id) pairs; fused unknown runs have no id.
    private func segment(_ word: [Unicode.Scalar]) -> [(Range<Int>, Int?)] {
        struct Node { var id = 0; var score = 0.0; var start: Int? = nil }
        var best = [Node](repeating: Node(), count: word.count + 1)
        for start in 0..<word.count {
            let scoreSoFar = best[start].score
            var hasSingle = false
            trie.forEachPrefix(of: word, from: start) { end, id in
                let candidate = pieces[id].score + scoreSoFar
                if best[end].start == nil || candidate > best[end].score {
                    best[end] = Node(id: id, score: candidate, start: start)
                }
                if end == start + 1 { hasSingle = true }
            }
            if !hasSingle {
                let candidate = unkScore + scoreSoFar
                if best[start + 1].start == nil || candidate > best[start + 1].score {
                    best[start + 1] = Node(id: unkID ?? -1, score: candidate, start: start)
                }
            }
        }
        var out: [(Range<Int>, Int?)] = []
        var end = word.count
        var unkEnd: Int? = nil
        while end > 0 {
            guard let start = best[end].start else { break }
            // A piece whose id is the unknown id fuses with unknown runs, as in the library.
            if best[end].id == (unkID ?? -1) {
                if unkEnd == nil { unkEnd = end }
            } else {
                if let u = unkEnd { out.append((end..<u, nil)); unkEnd = nil }
                out.append((start..<end, best[end].id))
            }
            end = start
        }
        if let u = unkEnd { out.append((0..<u, nil)) }
        return out.reversed()
    }
}
