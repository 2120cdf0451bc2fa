/// A tokenizer.json `post_processor`: adds special tokens around one or two encoded sequences.
public protocol PostProcessor {
    /// How many tokens `process` adds (truncation leaves room for them).
    func addedTokens(isPair: Bool) -> Int
    func process(_ first: Encoding, _ second: Encoding?, addSpecialTokens: Bool) -> Encoding
}

/// Joins a pair without adding anything (tokenizers' default processing).
func defaultProcess(_ first: Encoding, _ second: Encoding?) -> Encoding {
    var out = first
    if let s = second { out.append(s) }
    return out
}

/// One item of a template: a special token or one of the input sequences.
public enum TemplatePiece {
    case special(id: String, typeID: Int)
    case sequence(isFirst: Bool, typeID: Int)
}

/// `TemplateProcessing`: `single` and `pair` templates such as `[CLS] $A [SEP] $B:1 [SEP]:1`.
public struct TemplateProcessor: PostProcessor {
    public let single: [TemplatePiece]
    public let pair: [TemplatePiece]
    /// Special token name -> (ids, tokens).
    public let specialTokens: [String: (ids: [Int], tokens: [String])]

    public init(single: [TemplatePiece], pair: [TemplatePiece], specialTokens: [String: (ids: [Int], tokens: [String])]) {
        self.single = single
        self.pair = pair
        self.specialTokens = specialTokens
    }

    public func addedTokens(isPair: Bool) -> Int {
        (isPair ? pair : single).reduce(0) { n, piece in
            if case .special(let id, _) = piece { return n + (specialTokens[id]?.ids.count ?? 0) }
            return n
        }
    }

    public func process(_ first: Encoding, _ second: Encoding?, addSpecialTokens: Bool) -> Encoding {
        guard addSpecialTokens else { return defaultProcess(first, second) }
        var out = Encoding()
        for piece in second == nil ? single : pair {
            switch piece {
            case let .special(name, typeID):
                guard let special = specialTokens[name] else { continue }
                for (id, token) in zip(special.ids, special.tokens) {
                    out.append(id: id, token: token, offsets: 0..<0, typeID: typeID, special: true, word: nil)
                }
            case let .sequence(isFirst, typeID):
                guard var e = isFirst ? first : second else { continue }
                e.typeIDs = Array(repeating: typeID, count: e.count)
                out.append(e)
            }
        }
        return out
    }
}

/// `BertProcessing`: `[CLS] A [SEP]` and `[CLS] A [SEP] B [SEP]` with B typed 1.
public func bertProcessor(sep: (String, Int), cls: (String, Int)) -> TemplateProcessor {
    TemplateProcessor(
        single: [.special(id: cls.0, typeID: 0), .sequence(isFirst: true, typeID: 0), .special(id: sep.0, typeID: 0)],
        pair: [.special(id: cls.0, typeID: 0), .sequence(isFirst: true, typeID: 0), .special(id: sep.0, typeID: 0),
               .sequence(isFirst: false, typeID: 1), .special(id: sep.0, typeID: 1)],
        specialTokens: [cls.0: ([cls.1], [cls.0]), sep.0: ([sep.1], [sep.0])])
}

/// Trims the byte-level space `Ġ` from token offsets, as `ByteLevel(trim_offsets=True)` does.
func trimByteLevelOffsets(_ e: inout Encoding, addPrefixSpace: Bool) {
    let space = ByteLevelAlphabet.characterOfByte[32]
    for i in 0..<e.count {
        let scalars = Array(e.tokens[i].unicodeScalars)
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == space || UnicodeClasses.isWhitespace($0) }
        var leading = scalars.prefix(while: isSpace).count
        let trailing = scalars.reversed().prefix(while: isSpace).count
        var o = e.offsets[i]
        if leading > 0 {
            if (i == 0 || o.lowerBound == 0) && addPrefixSpace && leading == 1 { leading = 0 }
            let start = min(o.lowerBound + leading, o.upperBound)
            o = start..<o.upperBound
        }
        if trailing > 0 && o.upperBound >= trailing {
            o = o.lowerBound..<max(o.upperBound - trailing, o.lowerBound)
        }
        e.offsets[i] = o
    }
}

/// `RobertaProcessing`: `<s> A </s>` and `<s> A </s> </s> B </s>`, optionally trimming offsets.
public struct RobertaProcessor: PostProcessor {
    public let sep: (String, Int)
    public let cls: (String, Int)
    public let trimOffsets: Bool
    public let addPrefixSpace: Bool

    public init(sep: (String, Int), cls: (String, Int), trimOffsets: Bool, addPrefixSpace: Bool) {
        self.sep = sep
        self.cls = cls
        self.trimOffsets = trimOffsets
        self.addPrefixSpace = addPrefixSpace
    }

    public func addedTokens(isPair: Bool) -> Int { isPair ? 4 : 2 }

    public func process(_ first: Encoding, _ second: Encoding?, addSpecialTokens: Bool) -> Encoding {
        var a = first, b = second
        if trimOffsets {
            trimByteLevelOffsets(&a, addPrefixSpace: addPrefixSpace)
            if b != nil { trimByteLevelOffsets(&b!, addPrefixSpace: addPrefixSpace) }
        }
        // RoBERTa has no segment embeddings: every type id is 0.
        a.typeIDs = Array(repeating: 0, count: a.count)
        if let n = b?.count { b?.typeIDs = Array(repeating: 0, count: n) }
        guard addSpecialTokens else { return defaultProcess(a, b) }
        var out = Encoding()
        out.append(id: cls.1, token: cls.0, offsets: 0..<0, typeID: 0, special: true, word: nil)
        out.append(a)
        out.append(id: sep.1, token: sep.0, offsets: 0..<0, typeID: 0, special: true, word: nil)
        if let b {
            out.append(id: sep.1, token: sep.0, offsets: 0..<0, typeID: 0, special: true, word: nil)
            out.append(b)
            out.append(id: sep.1, token: sep.0, offsets: 0..<0, typeID: 0, special: true, word: nil)
        }
        return out
    }
}

/// `ByteLevel` as a post-processor: only trims offsets.
public struct ByteLevelProcessor: PostProcessor {
    public let trimOffsets: Bool
    public let addPrefixSpace: Bool

    public init(trimOffsets: Bool, addPrefixSpace: Bool) {
        self.trimOffsets = trimOffsets
        self.addPrefixSpace = addPrefixSpace
    }

    public func addedTokens(isPair: Bool) -> Int { 0 }

    public func process(_ first: Encoding, _ second: Encoding?, addSpecialTokens: Bool) -> Encoding {
        var a = first, b = second
        if trimOffsets {
            trimByteLevelOffsets(&a, addPrefixSpace: addPrefixSpace)
            if b != nil { trimByteLevelOffsets(&b!, addPrefixSpace: addPrefixSpace) }
        }
        return defaultProcess(a, b)
    }
}

/// `Sequence` of post-processors, each applied to the result of the one before.
public struct SequenceProcessor: PostProcessor {
    public let processors: [PostProcessor]

    public init(_ processors: [PostProcessor]) { self.processors = processors }

    public func addedTokens(isPair: Bool) -> Int { processors.reduce(0) { $0 + $1.addedTokens(isPair: isPair) } }

    public func process(_ first: Encoding, _ second: Encoding?, addSpecialTokens: Bool) -> Encoding {
        guard var current = processors.first?.process(first, second, addSpecialTokens: addSpecialTokens) else {
            return defaultProcess(first, second)
        }
        for p in processors.dropFirst() { current = p.process(current, nil, addSpecialTokens: addSpecialTokens) }
        return current
    }
}
