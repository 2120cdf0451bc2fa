import Foundation

/// A normaliser of tokenizer.json's `normalizer` section: rewrites text before splitting.
public protocol TextNormalizer {
    func normalize(_ text: inout NormalizedText)
}

extension TextNormalizer {
    /// The normalised form of a plain string (used for added tokens marked `normalized`).
    public func normalize(_ string: String) -> String {
        var text = NormalizedText(string)
        normalize(&text)
        return text.string
    }
}

/// BERT's normaliser: clean control characters and whitespace, space out CJK ideographs,
/// strip accents (by default whenever lowercasing), lowercase.
public struct BertNormalizer: TextNormalizer {
    public var cleanText = true
    public var handleChineseChars = true
    public var stripAccents: Bool? = nil
    public var lowercase = true

    public init(cleanText: Bool = true, handleChineseChars: Bool = true, stripAccents: Bool? = nil, lowercase: Bool = true) {
        self.cleanText = cleanText
        self.handleChineseChars = handleChineseChars
        self.stripAccents = stripAccents
        self.lowercase = lowercase
    }

    public func normalize(_ text: inout NormalizedText) {
        if cleanText {
            text.mapEach { s in
                if s.value == 0 || s.value == 0xFFFD { return nil }
                if s == "\t" || s == "\n" || s == "\r" { return " " }
                if UnicodeClasses.isOther(s) { return nil }
                return UnicodeClasses.isWhitespace(s) ? " " : s
            }
        }
        if handleChineseChars, text.scalars.contains(where: UnicodeClasses.isChineseCharacter) {
            text.mapScalars { UnicodeClasses.isChineseCharacter($0) ? [" ", $0, " "] : [$0] }
        }
        if stripAccents ?? lowercase {
            UnicodeNormalizer(form: .nfd).normalize(&text)
            text.mapEach { !$0.isASCII && $0.properties.generalCategory == .nonspacingMark ? nil : $0 }
        }
        if lowercase { text.lowercase() }
    }
}

/// `Lowercase`: Rust's per-character lowercase mapping.
public struct LowercaseNormalizer: TextNormalizer {
    public init() {}
    public func normalize(_ text: inout NormalizedText) { text.lowercase() }
}

/// `StripAccents`: drops combining marks (run after NFD to remove accents).
public struct StripAccentsNormalizer: TextNormalizer {
    public init() {}
    public func normalize(_ text: inout NormalizedText) {
        text.mapEach { UnicodeClasses.isMark($0) ? nil : $0 }
    }
}

/// `NFC`, `NFD`, `NFKC`, `NFKD`, applied grapheme by grapheme so offsets stay attached.
public struct UnicodeNormalizer: TextNormalizer {
    public enum Form: String { case nfc = "NFC", nfd = "NFD", nfkc = "NFKC", nfkd = "NFKD" }
    public let form: Form

    public init(form: Form) { self.form = form }

    func apply(_ s: String) -> String {
        switch form {
        case .nfc: return s.precomposedStringWithCanonicalMapping
        case .nfd: return s.decomposedStringWithCanonicalMapping
        case .nfkc: return s.precomposedStringWithCompatibilityMapping
        case .nfkd: return s.decomposedStringWithCompatibilityMapping
        }
    }

    public func normalize(_ text: inout NormalizedText) {
        // Fast path: ASCII is invariant under every form.
        if text.scalars.allSatisfy({ $0.isASCII }) { return }
        var groups: [(range: Range<Int>, replacement: [Unicode.Scalar])] = []
        for g in text.graphemeRanges() {
            // The same holds for each ASCII grapheme of a mixed text: only the others (a few
            // in a line of prose) need Foundation's tables, which cost a String apiece.
            if text.scalars[g].allSatisfy({ $0.isASCII }) { continue }
            let original = Array(text.scalars[g])
            let normalized = Array(apply(String(String.UnicodeScalarView(original))).unicodeScalars)
            if normalized != original { groups.append((g, normalized)) }
        }
        text.rewriteGroups(groups)
    }
}

/// `Replace`: every non-overlapping match of a literal string or a regex becomes `content`.
public struct ReplaceNormalizer: TextNormalizer {
    public let pattern: TextPattern
    public let content: String

    public init(pattern: TextPattern, content: String) {
        self.pattern = pattern
        self.content = content
    }

    public func normalize(_ text: inout NormalizedText) {
        let replacement = Array(content.unicodeScalars)
        let groups = pattern.matches(in: text.scalars).map { (range: $0, replacement: replacement) }
        if !groups.isEmpty { text.rewriteGroups(groups, alignment: .lastOfGroup) }
    }
}

/// `Strip`: removes whitespace on the left and/or right.
public struct StripNormalizer: TextNormalizer {
    public let left: Bool
    public let right: Bool

    public init(left: Bool, right: Bool) {
        self.left = left
        self.right = right
    }

    public func normalize(_ text: inout NormalizedText) {
        var lo = 0, hi = text.count
        if left { while lo < hi, UnicodeClasses.isWhitespace(text.scalars[lo]) { lo += 1 } }
        if right { while hi > lo, UnicodeClasses.isWhitespace(text.scalars[hi - 1]) { hi -= 1 } }
        if lo != 0 || hi != text.count { text = text.slice(lo..<hi) }
    }
}

/// `Prepend`: puts a string in front of non-empty text (its scalars take the first origin).
public struct PrependNormalizer: TextNormalizer {
    public let prefix: String

    public init(prefix: String) { self.prefix = prefix }

    public func normalize(_ text: inout NormalizedText) {
        guard !text.isEmpty else { return }
        let added = Array(prefix.unicodeScalars)
        text.scalars.insert(contentsOf: added, at: 0)
        text.origins.insert(contentsOf: Array(repeating: text.origins[0], count: added.count), at: 0)
    }
}

/// `Precompiled`: SentencePiece's compiled normalisation rules.
public struct PrecompiledNormalizer: TextNormalizer {
    public let charsmap: PrecompiledCharsmap

    public init(charsmap: PrecompiledCharsmap) { self.charsmap = charsmap }

    public func normalize(_ text: inout NormalizedText) { charsmap.normalize(&text) }
}

/// `Sequence`: the normalisers in order.
public struct SequenceNormalizer: TextNormalizer {
    public let normalizers: [TextNormalizer]

    public init(_ normalizers: [TextNormalizer]) { self.normalizers = normalizers }

    public func normalize(_ text: inout NormalizedText) {
        for n in normalizers { n.normalize(&text) }
    }
}
