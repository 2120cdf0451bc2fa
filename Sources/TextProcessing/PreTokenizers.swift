/// A pre-tokenizer of tokenizer.json's `pre_tokenizer` section: splits normalised text into
/// the words the model tokenizes separately (and may rewrite them, as ByteLevel does).
public protocol PreTokenizer {
    func preTokenize(_ text: NormalizedText) -> [NormalizedText]
}

/// What happens to the pieces a split pattern matches (tokenizers' `SplitDelimiterBehavior`).
public enum SplitBehavior: String {
    case removed = "Removed", isolated = "Isolated", mergedWithPrevious = "MergedWithPrevious"
    case mergedWithNext = "MergedWithNext", contiguous = "Contiguous"
}

extension NormalizedText {
    /// Splits at `matches` (sorted, non-overlapping scalar ranges) with `behavior`; empty
    /// pieces are dropped.
    func split(at matches: [Range<Int>], behavior: SplitBehavior, invert: Bool = false) -> [NormalizedText] {
        var parts: [(range: Range<Int>, isMatch: Bool)] = []
        var cursor = 0
        for m in matches {
            if cursor < m.lowerBound { parts.append((cursor..<m.lowerBound, invert)) }
            parts.append((m, !invert))
            cursor = m.upperBound
        }
        if cursor < count { parts.append((cursor..<count, invert)) }

        var kept: [Range<Int>] = []
        switch behavior {
        case .removed:
            kept = parts.filter { !$0.isMatch }.map(\.range)
        case .isolated:
            kept = parts.map(\.range)
        case .contiguous:
            var previousMatch = false
            for p in parts {
                if p.isMatch && previousMatch, let last = kept.last {
                    kept[kept.count - 1] = last.lowerBound..<p.range.upperBound
                } else {
                    kept.append(p.range)
                }
                previousMatch = p.isMatch
            }
        case .mergedWithPrevious:
            var previousMatch = false
            for p in parts {
                if p.isMatch && !previousMatch, let last = kept.last {
                    kept[kept.count - 1] = last.lowerBound..<p.range.upperBound
                } else {
                    kept.append(p.range)
                }
                previousMatch = p.isMatch
            }
        case .mergedWithNext:
            var previousMatch = false
            for p in parts.reversed() {
                if p.isMatch && !previousMatch, let last = kept.last {
                    kept[kept.count - 1] = p.range.lowerBound..<last.upperBound
                } else {
                    kept.append(p.range)
                }
                previousMatch = p.isMatch
            }
            kept.reverse()
        }
        return kept.filter { !$0.isEmpty }.map { slice($0) }
    }

    /// Ranges of the single scalars satisfying `predicate`.
    func scalarMatches(_ predicate: (Unicode.Scalar) -> Bool) -> [Range<Int>] {
        scalars.indices.filter { predicate(scalars[$0]) }.map { $0..<$0 + 1 }
    }

    /// Ranges of maximal runs of scalars satisfying `predicate`.
    func runs(_ predicate: (Unicode.Scalar) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = [], i = 0
        while i < count {
            guard predicate(scalars[i]) else { i += 1; continue }
            let start = i
            while i < count, predicate(scalars[i]) { i += 1 }
            out.append(start..<i)
        }
        return out
    }
}

/// `WhitespaceSplit`: splits on whitespace, which is dropped.
public struct WhitespaceSplitPreTokenizer: PreTokenizer {
    public init() {}
    public func preTokenize(_ text: NormalizedText) -> [NormalizedText] {
        text.split(at: text.runs(UnicodeClasses.isWhitespace), behavior: .removed)
    }
}

/// `Whitespace`: the regex `\w+|[^\w\s]+`, keeping word runs and symbol runs.
public struct WhitespacePreTokenizer: PreTokenizer {
    public init() {}
    public func preTokenize(_ text: NormalizedText) -> [NormalizedText] {
        var pieces: [Range<Int>] = [], i = 0
        let s = text.scalars
        while i < s.count {
            if UnicodeClasses.isWhitespace(s[i]) { i += 1; continue }
            let isWord = UnicodeClasses.isWordCharacter(s[i])
            let start = i
            while i < s.count, !UnicodeClasses.isWhitespace(s[i]), UnicodeClasses.isWordCharacter(s[i]) == isWord { i += 1 }
            pieces.append(start..<i)
        }
        return pieces.map { text.slice($0) }
    }
}

/// `BertPreTokenizer`: splits on whitespace (dropped) and isolates each punctuation mark.
public struct BertPreTokenizer: PreTokenizer {
    public init() {}
    public func preTokenize(_ text: NormalizedText) -> [NormalizedText] {
        text.split(at: text.runs(UnicodeClasses.isWhitespace), behavior: .removed).flatMap {
            $0.split(at: $0.scalarMatches(UnicodeClasses.isBertPunctuation), behavior: .isolated)
        }
    }
}

/// `Punctuation`: splits on every punctuation mark with the given behaviour.
public struct PunctuationPreTokenizer: PreTokenizer {
    public let behavior: SplitBehavior
    public init(behavior: SplitBehavior = .isolated) { self.behavior = behavior }
    public func preTokenize(_ text: NormalizedText) -> [NormalizedText] {
        text.split(at: text.scalarMatches(UnicodeClasses.isBertPunctuation), behavior: behavior)
    }
}

/// `Digits`: isolates digits, one by one or in runs.
public struct DigitsPreTokenizer: PreTokenizer {
    public let individualDigits: Bool
    public init(individualDigits: Bool) { self.individualDigits = individualDigits }
    public func preTokenize(_ text: NormalizedText) -> [NormalizedText] {
        text.split(at: text.scalarMatches(UnicodeClasses.isNumber), behavior: individualDigits ? .isolated : .contiguous)
    }
}

/// `Split`: splits on a literal or regex pattern with a behaviour, optionally inverted.
public struct SplitPreTokenizer: PreTokenizer {
    public let pattern: TextPattern
    public let behavior: SplitBehavior
    public let invert: Bool
    public init(pattern: TextPattern, behavior: SplitBehavior, invert: Bool) {
        self.pattern = pattern
        self.behavior = behavior
        self.invert = invert
    }
    public func preTokenize(_ text: NormalizedText) -> [NormalizedText] {
        text.split(at: pattern.matches(in: text.scalars), behavior: behavior, invert: invert)
    }
}

/// `Metaspace`: spaces become `▁` (or the replacement), a `▁` is prepended per the scheme,
/// and the text is split before each `▁`.
public struct MetaspacePreTokenizer: PreTokenizer {
    public enum PrependScheme: String { case always, first, never }
    public let replacement: Unicode.Scalar
    public let prependScheme: PrependScheme
    public let split: Bool

    public init(replacement: Unicode.Scalar = "\u{2581}", prependScheme: PrependScheme = .always, split: Bool = true) {
        self.replacement = replacement
        self.prependScheme = prependScheme
        self.split = split
    }

    public func preTokenize(_ text: NormalizedText) -> [NormalizedText] {
        var t = text
        t.mapEach { $0 == " " ? replacement : $0 }
        let prepend: Bool
        switch prependScheme {
        case .always: prepend = t.scalars.first != replacement
        case .first: prepend = t.scalars.first != replacement && t.originalSpan(0..<t.count).lowerBound == 0
        case .never: prepend = false
        }
        if prepend, !t.isEmpty {
            t.scalars.insert(replacement, at: 0)
            t.origins.insert(t.origins[0], at: 0)
        }
        guard split else { return [t] }
        return t.split(at: t.scalarMatches { $0 == replacement }, behavior: .mergedWithNext)
    }
}

/// `Sequence`: each pre-tokenizer splits the pieces of the one before.
public struct SequencePreTokenizer: PreTokenizer {
    public let preTokenizers: [PreTokenizer]
    public init(_ preTokenizers: [PreTokenizer]) { self.preTokenizers = preTokenizers }
    public func preTokenize(_ text: NormalizedText) -> [NormalizedText] {
        var pieces = [text]
        for p in preTokenizers { pieces = pieces.flatMap { p.preTokenize($0) } }
        return pieces
    }
}
