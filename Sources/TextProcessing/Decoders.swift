/// A tokenizer.json `decoder`: turns tokens back into text pieces, which are then joined.
public protocol TokenDecoder {
    func decodeChain(_ tokens: [String]) -> [String]
}

/// `ByteLevel`: byte-level characters back to bytes, read as UTF-8 (invalid bytes become U+FFFD).
public struct ByteLevelDecoder: TokenDecoder {
    public init() {}
    public func decodeChain(_ tokens: [String]) -> [String] {
        [String(decoding: ByteLevelAlphabet.bytes(of: tokens.joined()), as: UTF8.self)]
    }
}

/// `WordPiece`: drops the `##` prefix, puts a space before other tokens, and optionally
/// cleans up tokenization spaces (` .` -> `.`, ` n't` -> `n't`, ...).
public struct WordPieceDecoder: TokenDecoder {
    public let prefix: String
    public let cleanup: Bool
    public init(prefix: String = "##", cleanup: Bool = true) {
        self.prefix = prefix
        self.cleanup = cleanup
    }
    public func decodeChain(_ tokens: [String]) -> [String] {
        tokens.enumerated().map { i, token in
            var t = token
            if i != 0 {
                // Compare scalars: "##" followed by a modifier is one grapheme, so hasPrefix would fail.
                let p = prefix.unicodeScalars
                if !p.isEmpty && t.unicodeScalars.starts(with: p) {
                    t = String(t.unicodeScalars.dropFirst(p.count))
                } else {
                    t = " " + t
                }
            }
            return cleanup ? cleanupTokenization(t) : t
        }
    }
}

/// transformers' `clean_up_tokenization`.
func cleanupTokenization(_ s: String) -> String {
    var t = s
    for (a, b) in [(" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"), (" n't", "n't"), (" 'm", "'m"),
                   (" do not", " don't"), (" 's", "'s"), (" 've", "'ve"), (" 're", "'re")] {
        t = t.replacingAll(a, with: b)
    }
    return t
}

extension String {
    /// Replaces every non-overlapping occurrence (compared by scalars, unlike Foundation's
    /// replacingOccurrences, which compares graphemes).
    func replacingAll(_ target: String, with replacement: String) -> String {
        let matches = TextPattern.literal(Array(target.unicodeScalars)).matches(in: Array(unicodeScalars))
        guard !matches.isEmpty else { return self }
        var text = NormalizedText(self)
        text.rewriteGroups(matches.map { ($0, Array(replacement.unicodeScalars)) }, alignment: .lastOfGroup)
        return text.string
    }
}

/// `Metaspace`: `▁` back to spaces; the first token loses its leading space unless the
/// prepend scheme is `never`.
public struct MetaspaceDecoder: TokenDecoder {
    public let replacement: Unicode.Scalar
    public let prependScheme: MetaspacePreTokenizer.PrependScheme
    public init(replacement: Unicode.Scalar = "\u{2581}", prependScheme: MetaspacePreTokenizer.PrependScheme = .always) {
        self.replacement = replacement
        self.prependScheme = prependScheme
    }
    public func decodeChain(_ tokens: [String]) -> [String] {
        tokens.enumerated().map { i, token in
            var scalars = token.unicodeScalars.map { $0 == replacement ? " " : $0 }
            if i == 0, prependScheme != .never, scalars.first == " " { scalars.removeFirst() }
            return String(String.UnicodeScalarView(scalars))
        }
    }
}

/// `BPEDecoder`: the end-of-word suffix becomes a space (nothing after the last token).
public struct BPESuffixDecoder: TokenDecoder {
    public let suffix: String
    public init(suffix: String = "</w>") { self.suffix = suffix }
    public func decodeChain(_ tokens: [String]) -> [String] {
        tokens.enumerated().map { i, t in t.replacingAll(suffix, with: i == tokens.count - 1 ? "" : " ") }
    }
}

/// `Replace`: a pattern replaced in every token.
public struct ReplaceDecoder: TokenDecoder {
    public let normalizer: ReplaceNormalizer
    public init(pattern: TextPattern, content: String) { normalizer = ReplaceNormalizer(pattern: pattern, content: content) }
    public func decodeChain(_ tokens: [String]) -> [String] { tokens.map { normalizer.normalize($0) } }
}

/// `ByteFallback`: runs of `<0xAB>` tokens become the text their bytes spell (each byte a
/// U+FFFD when the run is not valid UTF-8).
public struct ByteFallbackDecoder: TokenDecoder {
    public init() {}
    static func byteValue(_ token: String) -> UInt8? {
        let s = Array(token.utf8)
        guard s.count == 6, token.hasPrefix("<0x"), token.hasSuffix(">") else { return nil }
        return UInt8(String(decoding: s[3..<5], as: UTF8.self), radix: 16)
    }
    public func decodeChain(_ tokens: [String]) -> [String] {
        var out: [String] = [], pending: [UInt8] = []
        func flush() {
            guard !pending.isEmpty else { return }
            if let s = String(validating: pending, as: UTF8.self) { out.append(s) } else {
                out += Array(repeating: "\u{FFFD}", count: pending.count)
            }
            pending = []
        }
        for t in tokens {
            if let b = ByteFallbackDecoder.byteValue(t) { pending.append(b) } else { flush(); out.append(t) }
        }
        flush()
        return out
    }
}

/// `Fuse`: all tokens into one string.
public struct FuseDecoder: TokenDecoder {
    public init() {}
    public func decodeChain(_ tokens: [String]) -> [String] { [tokens.joined()] }
}

/// `Strip`: removes up to `start` leading and `stop` trailing copies of `content` per token.
public struct StripDecoder: TokenDecoder {
    public let content: Unicode.Scalar
    public let start: Int
    public let stop: Int
    public init(content: Unicode.Scalar, start: Int, stop: Int) {
        self.content = content
        self.start = start
        self.stop = stop
    }
    public func decodeChain(_ tokens: [String]) -> [String] {
        tokens.map { t in
            var s = Array(t.unicodeScalars)
            var lo = 0, hi = s.count
            while lo < min(start, s.count), s[lo] == content { lo += 1 }
            var removed = 0
            while removed < stop, hi > lo, s[hi - 1] == content { hi -= 1; removed += 1 }
            s = Array(s[lo..<hi])
            return String(String.UnicodeScalarView(s))
        }
    }
}

/// `Sequence`: each decoder transforms the pieces of the one before.
public struct SequenceDecoder: TokenDecoder {
    public let decoders: [TokenDecoder]
    public init(_ decoders: [TokenDecoder]) { self.decoders = decoders }
    public func decodeChain(_ tokens: [String]) -> [String] {
        decoders.reduce(tokens) { $1.decodeChain($0) }
    }
}
