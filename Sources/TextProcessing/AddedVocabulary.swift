/// A token added on top of the model's vocabulary (`added_tokens` in tokenizer.json). Added
/// tokens are found in the text before the model runs, so they are never split.
public struct AddedToken: Equatable {
    public var id: Int
    public var content: String
    public var singleWord = false
    public var lstrip = false
    public var rstrip = false
    public var normalized = true
    public var special = false

    public init(id: Int, content: String, singleWord: Bool = false, lstrip: Bool = false, rstrip: Bool = false,
                normalized: Bool = true, special: Bool = false) {
        self.id = id
        self.content = content
        self.singleWord = singleWord
        self.lstrip = lstrip
        self.rstrip = rstrip
        self.normalized = normalized
        self.special = special
    }
}

/// A piece of input after added tokens are split out: plain text for the model, or an added token.
struct InputSplit {
    var text: NormalizedText
    var addedTokenID: Int?
}

/// Added-token patterns grouped by first scalar, longest first, for leftmost-longest matching.
struct AddedTokenPatterns {
    private var byFirstScalar: [Unicode.Scalar: [(pattern: [Unicode.Scalar], token: Int)]] = [:]
    let tokens: [AddedToken]

    init(_ patterns: [(pattern: [Unicode.Scalar], token: AddedToken)]) {
        tokens = patterns.map(\.token)
        for (i, p) in patterns.enumerated() where !p.pattern.isEmpty {
            byFirstScalar[p.pattern[0], default: []].append((p.pattern, i))
        }
        for key in byFirstScalar.keys { byFirstScalar[key]!.sort { $0.pattern.count > $1.pattern.count } }
    }

    var isEmpty: Bool { byFirstScalar.isEmpty }

    /// The longest pattern starting at `i`: its end and token index.
    func longestMatch(in s: [Unicode.Scalar], at i: Int) -> (end: Int, token: Int)? {
        guard let candidates = byFirstScalar[s[i]] else { return nil }
        for (p, token) in candidates where i + p.count <= s.count {
            var k = 1
            while k < p.count && s[i + k] == p[k] { k += 1 }
            if k == p.count { return (i + p.count, token) }
        }
        return nil
    }
}

/// Finds added tokens in text: first those matched on the raw text (`normalized: false`),
/// then, after normalising the rest, those matched on normalised text. Matching is
/// leftmost-longest; `single_word`, `lstrip` and `rstrip` are honoured.
struct AddedVocabulary {
    let tokens: [AddedToken]
    private let rawPatterns: AddedTokenPatterns
    private let normalizedPatterns: AddedTokenPatterns
    private let byContent: [ExactKey: AddedToken]
    private let byID: [Int: AddedToken]

    init(tokens: [AddedToken], normalizer: TextNormalizer?) {
        self.tokens = tokens
        var raw: [(pattern: [Unicode.Scalar], token: AddedToken)] = []
        var normalized: [(pattern: [Unicode.Scalar], token: AddedToken)] = []
        var byContent: [ExactKey: AddedToken] = [:], byID: [Int: AddedToken] = [:]
        for t in tokens {
            if t.normalized {
                let pattern = normalizer.map { $0.normalize(t.content) } ?? t.content
                normalized.append((Array(pattern.unicodeScalars), t))
            } else {
                raw.append((Array(t.content.unicodeScalars), t))
            }
            byContent[ExactKey(t.content)] = t
            byID[t.id] = t
        }
        rawPatterns = AddedTokenPatterns(raw)
        normalizedPatterns = AddedTokenPatterns(normalized)
        self.byContent = byContent
        self.byID = byID
    }

    func token(withContent content: String) -> AddedToken? { byContent[ExactKey(content)] }
    func token(withID id: Int) -> AddedToken? { byID[id] }

    func split(_ text: String, normalizer: TextNormalizer?) -> [InputSplit] {
        let whole = NormalizedText(text)
        var out: [InputSplit] = []
        for piece in AddedVocabulary.findMatches(whole, rawPatterns) {
            if piece.addedTokenID != nil { out.append(piece); continue }
            var t = piece.text
            normalizer?.normalize(&t)
            out += AddedVocabulary.findMatches(t, normalizedPatterns)
        }
        return out
    }

    private static func findMatches(_ text: NormalizedText, _ patterns: AddedTokenPatterns) -> [InputSplit] {
        guard !patterns.isEmpty, !text.isEmpty else { return [InputSplit(text: text, addedTokenID: nil)] }
        let s = text.scalars
        var out: [InputSplit] = []
        var startOffset = 0, i = 0
        while i < s.count {
            guard let match = patterns.longestMatch(in: s, at: i) else { i += 1; continue }
            let token = patterns.tokens[match.token]
            var start = i, stop = match.end
            if token.singleWord {
                let startOK = start == 0 || !UnicodeClasses.isWordCharacter(s[start - 1])
                let stopOK = stop == s.count || !UnicodeClasses.isWordCharacter(s[stop])
                // A rejected match is still consumed, as the library's match iterator does.
                if !startOK || !stopOK { i = match.end; continue }
            }
            if token.lstrip {
                var newStart = start
                while newStart > 0, UnicodeClasses.isWhitespace(s[newStart - 1]) { newStart -= 1 }
                start = max(newStart, startOffset)
            }
            if token.rstrip {
                while stop < s.count, UnicodeClasses.isWhitespace(s[stop]) { stop += 1 }
            }
            if startOffset < start { out.append(InputSplit(text: text.slice(startOffset..<start), addedTokenID: nil)) }
            out.append(InputSplit(text: text.slice(start..<stop), addedTokenID: token.id))
            startOffset = stop
            i = stop
        }
        if startOffset < s.count { out.append(InputSplit(text: text.slice(startOffset..<s.count), addedTokenID: nil)) }
        return out
    }
}
