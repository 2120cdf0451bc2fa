/// Byte-pair encoding (`"type": "BPE"`): a word starts as its characters and adjacent pairs
/// are merged, lowest merge rank first (leftmost on ties), until no listed pair is left.
public final class BPEModel: TokenModel {
    private let vocab: [ExactKey: Int]
    private let vocabR: [Int: String]
    /// (left id, right id) -> (rank, merged id).
    private let merges: [Pair: (rank: Int, id: Int)]
    public let unkToken: String?
    public let continuingSubwordPrefix: String?
    public let endOfWordSuffix: String?
    public let fuseUnk: Bool
    public let byteFallback: Bool
    public let ignoreMerges: Bool
    private var cache: [ExactKey: [ModelToken]] = [:]
    private static let cacheCapacity = 10_000

    struct Pair: Hashable { let left: Int, right: Int }

    public init(vocab: VocabularyEntries, merges: [(String, String)], unkToken: String? = nil,
                continuingSubwordPrefix: String? = nil, endOfWordSuffix: String? = nil,
                fuseUnk: Bool = false, byteFallback: Bool = false, ignoreMerges: Bool = false) throws {
        self.vocab = exactVocabulary(vocab)
        self.vocabR = try reverseVocabulary(vocab, what: "BPE")
        let prefixLength = continuingSubwordPrefix?.unicodeScalars.count ?? 0
        var table: [Pair: (rank: Int, id: Int)] = [:]
        for (rank, (a, b)) in merges.enumerated() {
            guard let left = self.vocab[ExactKey(a)] else { throw TokenizerError.invalidConfig("merge \(rank) (\(a) \(b)): \(a.debugDescription) is not in the vocabulary") }
            guard let right = self.vocab[ExactKey(b)] else { throw TokenizerError.invalidConfig("merge \(rank) (\(a) \(b)): \(b.debugDescription) is not in the vocabulary") }
            let merged = a + String(b.unicodeScalars.dropFirst(prefixLength))
            guard let id = self.vocab[ExactKey(merged)] else {
                throw TokenizerError.invalidConfig("merge \(rank) (\(a) \(b)): \(merged.debugDescription) is not in the vocabulary")
            }
            let pair = Pair(left: left, right: right)
            if table[pair] == nil { table[pair] = (rank, id) }
        }
        self.merges = table
        self.unkToken = unkToken
        self.continuingSubwordPrefix = continuingSubwordPrefix
        self.endOfWordSuffix = endOfWordSuffix
        self.fuseUnk = fuseUnk
        self.byteFallback = byteFallback
        self.ignoreMerges = ignoreMerges
    }

    private init(sharingTablesOf other: BPEModel) {
        vocab = other.vocab
        vocabR = other.vocabR
        merges = other.merges
        unkToken = other.unkToken
        continuingSubwordPrefix = other.continuingSubwordPrefix
        endOfWordSuffix = other.endOfWordSuffix
        fuseUnk = other.fuseUnk
        byteFallback = other.byteFallback
        ignoreMerges = other.ignoreMerges
        cache = other.cache
    }

    public func concurrentCopy() -> TokenModel { BPEModel(sharingTablesOf: self) }

    public var vocabularySize: Int { (vocabR.keys.max() ?? -1) + 1 }
    public func id(of token: String) -> Int? { vocab[ExactKey(token)] }
    public func token(of id: Int) -> String? { vocabR[id] }

    public func tokenize(_ word: [Unicode.Scalar]) -> [ModelToken] {
        guard !word.isEmpty else { return [] }
        let key = ExactKey(word)
        if ignoreMerges, let id = vocab[key] { return [ModelToken(id: id, value: key.string, range: 0..<word.count)] }
        if let hit = cache[key] { return hit }
        let result = mergeWord(word)
        if cache.count < BPEModel.cacheCapacity, word.count < 256 { cache[key] = result }
        return result
    }

    /// A symbol of the word being merged: an id and the scalars it covers.
    private struct Symbol { var id: Int; var start: Int; var end: Int }

    private func mergeWord(_ word: [Unicode.Scalar]) -> [ModelToken] {
        var symbols: [Symbol] = []
        var pendingUnk: Symbol? = nil
        let unkID = unkToken.flatMap { vocab[ExactKey($0)] }
        for i in word.indices {
            var piece = String(word[i])
            if i > 0, let p = continuingSubwordPrefix { piece = p + piece }
            if i == word.count - 1, let s = endOfWordSuffix { piece += s }
            if let id = vocab[ExactKey(piece)] {
                if let u = pendingUnk { symbols.append(u); pendingUnk = nil }
                symbols.append(Symbol(id: id, start: i, end: i + 1))
                continue
            }
            if byteFallback {
                let ids = piece.utf8.map { vocab[ExactKey(byteFallbackToken($0))] }
                if ids.allSatisfy({ $0 != nil }) {
                    // Byte tokens each claim the whole character, as the library reports them.
                    if let u = pendingUnk { symbols.append(u); pendingUnk = nil }
                    for id in ids { symbols.append(Symbol(id: id!, start: i, end: i + 1)) }
                    continue
                }
            }
            guard let unk = unkID else { continue }
            if let u = pendingUnk, fuseUnk {
                pendingUnk = Symbol(id: u.id, start: u.start, end: i + 1)
            } else {
                if let u = pendingUnk { symbols.append(u) }
                pendingUnk = Symbol(id: unk, start: i, end: i + 1)
            }
        }
        if let u = pendingUnk { symbols.append(u) }

        // Merge the best-ranked adjacent pair, leftmost first, until none is listed.
        while symbols.count > 1 {
            var best: (index: Int, rank: Int, id: Int)? = nil
            for k in 0..<(symbols.count - 1) {
                if let m = merges[Pair(left: symbols[k].id, right: symbols[k + 1].id)], m.rank < (best?.rank ?? Int.max) {
                    best = (k, m.rank, m.id)
                }
            }
            guard let b = best else { break }
            symbols[b.index] = Symbol(id: b.id, start: symbols[b.index].start, end: symbols[b.index + 1].end)
            symbols.remove(at: b.index + 1)
        }
        return symbols.map { ModelToken(id: $0.id, value: vocabR[$0.id] ?? "", range: $0.start..<$0.end) }
    }
}
