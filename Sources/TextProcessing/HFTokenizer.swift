import Foundation

/// A Hugging Face tokenizer: added tokens, normaliser, pre-tokenizer, model,
/// post-processor and decoder, run as the `tokenizers` library runs them.
/// Not thread-safe: the BPE and Unigram models keep a word cache; use one per thread.
/// `encodeBatch` spreads a large batch over the cores itself, each chunk with its own
/// `TokenModel.concurrentCopy()`; everything else it reads is immutable while it runs.
public final class HFTokenizer {
    public let normalizer: TextNormalizer?
    public let preTokenizer: PreTokenizer?
    public let model: TokenModel
    public let postProcessor: PostProcessor?
    public let decoder: TokenDecoder?
    public var padding: PaddingOptions?
    public var truncation: TruncationOptions?
    let addedVocabulary: AddedVocabulary

    public init(model: TokenModel, normalizer: TextNormalizer? = nil, preTokenizer: PreTokenizer? = nil,
                postProcessor: PostProcessor? = nil, decoder: TokenDecoder? = nil, addedTokens: [AddedToken] = [],
                padding: PaddingOptions? = nil, truncation: TruncationOptions? = nil) {
        self.model = model
        self.normalizer = normalizer
        self.preTokenizer = preTokenizer
        self.postProcessor = postProcessor
        self.decoder = decoder
        self.addedVocabulary = AddedVocabulary(tokens: addedTokens, normalizer: normalizer)
        self.padding = padding
        self.truncation = truncation
    }

    public var addedTokens: [AddedToken] { addedVocabulary.tokens }

    /// Ids of the model's vocabulary and the added tokens together.
    public var vocabularySize: Int { max(model.vocabularySize, (addedTokens.map(\.id).max() ?? -1) + 1) }

    public func id(of token: String) -> Int? { addedVocabulary.token(withContent: token)?.id ?? model.id(of: token) }
    public func token(of id: Int) -> String? { addedVocabulary.token(withID: id)?.content ?? model.token(of: id) }

    /// Whether `id` is an added token marked special (skipped by `decode(skipSpecialTokens:)`).
    public func isSpecial(_ id: Int) -> Bool { addedVocabulary.token(withID: id)?.special ?? false }

    /// The tokens of one text before post-processing, padding and truncation; the second
    /// text of a pair is typed 1 from the start, as the library does.
    func encodeSequence(_ text: String, typeID: Int = 0, model: TokenModel) -> Encoding {
        var out = Encoding()
        var word = 0
        for split in addedVocabulary.split(text, normalizer: normalizer) {
            if let id = split.addedTokenID {
                out.append(id: id, token: split.text.string, offsets: split.text.originalSpan(0..<split.text.count),
                           typeID: typeID, special: false, word: word)
                word += 1
                continue
            }
            let words = preTokenizer?.preTokenize(split.text) ?? [split.text]
            for piece in words {
                for t in model.tokenize(piece.scalars) {
                    out.append(id: t.id, token: t.value, offsets: piece.originalSpan(t.range), typeID: typeID, special: false, word: word)
                }
                word += 1
            }
        }
        return out
    }

    /// Encodes a text, or a pair of texts, as `Tokenizer.encode` does: truncation, special
    /// tokens from the post-processor, then padding to a fixed length if one is set.
    public func encode(_ text: String, pair: String? = nil, addSpecialTokens: Bool = true) -> Encoding {
        encode(text, pair: pair, addSpecialTokens: addSpecialTokens, model: model)
    }

    private func encode(_ text: String, pair: String?, addSpecialTokens: Bool, model: TokenModel) -> Encoding {
        var first = encodeSequence(text, model: model)
        var second = pair.map { encodeSequence($0, typeID: 1, model: model) }
        if let t = truncation {
            let room = t.maxLength - (addSpecialTokens ? (postProcessor?.addedTokens(isPair: second != nil) ?? 0) : 0)
            // With less room than the special tokens need, the library's unsigned subtraction
            // wraps around and nothing is truncated; we keep that behaviour.
            if room >= 0 { truncatePair(&first, &second, to: room, side: t.side) }
        }
        var out = postProcessor?.process(first, second, addSpecialTokens: addSpecialTokens) ?? defaultProcess(first, second)
        if let p = padding, case .fixed(let n) = p.strategy { pad(&out, to: n, p) }
        return out
    }

    /// Encodes texts and pads them together (to the longest, or the fixed length). A large
    /// batch is cut into contiguous chunks encoded in parallel, as the library does with
    /// rayon; the encodings come back in the order of the texts.
    public func encodeBatch(_ texts: [String], addSpecialTokens: Bool = true) -> [Encoding] {
        var out = encodeInParallel(texts) { text, model in self.encode(text, pair: nil, addSpecialTokens: addSpecialTokens, model: model) }
        if let p = padding, p.strategy == .longest {
            let longest = out.map(\.count).max() ?? 0
            for i in out.indices { pad(&out[i], to: longest, p) }
        }
        return out
    }

    /// Fewest texts per chunk worth a thread of its own (a chunk also copies the word cache).
    static let minimumTextsPerChunk = 64

    /// `encodeOne` over the texts, in order; chunks run concurrently, each with its own model copy.
    private func encodeInParallel(_ texts: [String], _ encodeOne: (String, TokenModel) -> Encoding) -> [Encoding] {
        // Several chunks per core, so a core slowed by other work does not hold up the batch.
        let chunkCount = min(4 * ProcessInfo.processInfo.activeProcessorCount, texts.count / HFTokenizer.minimumTextsPerChunk)
        guard chunkCount > 1 else { return texts.map { encodeOne($0, model) } }
        let models = (0..<chunkCount).map { _ in model.concurrentCopy() }
        var chunks = [[Encoding]](repeating: [], count: chunkCount)
        chunks.withUnsafeMutableBufferPointer { results in
            DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
                let range = (c * texts.count / chunkCount)..<((c + 1) * texts.count / chunkCount)
                results[c] = texts[range].map { encodeOne($0, models[c]) }
            }
        }
        return Array(chunks.joined())
    }

    private func pad(_ e: inout Encoding, to length: Int, _ p: PaddingOptions) {
        var target = length
        if let m = p.padToMultipleOf, m > 0, target % m != 0 { target += m - target % m }
        e.pad(to: target, side: p.side, id: p.padID, token: p.padToken, typeID: p.padTypeID)
    }

    /// Longest-first, as the library splits the room: a pair that does not fit keeps the
    /// shorter sequence whole when it can, else half the room each (the odd one to the longer).
    private func truncatePair(_ a: inout Encoding, _ b: inout Encoding?, to length: Int, side: Encoding.Side) {
        guard var second = b else { a.truncate(to: length, side: side); return }
        guard a.count + second.count > length else { return }
        var n1 = a.count, n2 = second.count
        let swapped = n1 > n2
        if swapped { swap(&n1, &n2) }
        n2 = n1 > length ? n1 : max(n1, length - n1)
        if n1 + n2 > length {
            n1 = length / 2
            n2 = n1 + length % 2
        }
        if swapped { swap(&n1, &n2) }
        a.truncate(to: n1, side: side)
        second.truncate(to: n2, side: side)
        b = second
    }

    /// Ids back to text: tokens (special ones dropped if asked), through the decoder, joined.
    /// Unknown ids are skipped, as the library does.
    public func decode(_ ids: [Int], skipSpecialTokens: Bool = false) -> String {
        let tokens: [String] = ids.compactMap { id in
            if skipSpecialTokens && isSpecial(id) { return nil }
            return token(of: id)
        }
        guard let d = decoder else { return tokens.joined(separator: " ") }
        return d.decodeChain(tokens).joined()
    }
}
