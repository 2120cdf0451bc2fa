/// GPT-2's reversible byte <-> printable-character table: bytes 33–126, 161–172 and
/// 174–255 stand for themselves; the other 68 bytes, in order, map to U+0100 onwards
/// (so a space is `Ġ`, a newline `Ċ`).
public enum ByteLevelAlphabet {
    public static let characterOfByte: [Unicode.Scalar] = {
        var table = [Unicode.Scalar](repeating: " ", count: 256)
        var next: UInt32 = 256
        for b in 0..<256 {
            if (33...126).contains(b) || (161...172).contains(b) || (174...255).contains(b) {
                table[b] = Unicode.Scalar(UInt32(b))!
            } else {
                table[b] = Unicode.Scalar(next)!
                next += 1
            }
        }
        return table
    }()

    public static let byteOfCharacter: [Unicode.Scalar: UInt8] = {
        var map: [Unicode.Scalar: UInt8] = [:]
        for (b, c) in characterOfByte.enumerated() { map[c] = UInt8(b) }
        return map
    }()

    /// The byte-level spelling of a string.
    public static func encode(_ string: String) -> String {
        var out = String.UnicodeScalarView()
        for b in string.utf8 { out.append(characterOfByte[Int(b)]) }
        return String(out)
    }

    /// The bytes a byte-level token stands for; characters outside the table are kept as UTF-8.
    public static func bytes(of token: String) -> [UInt8] {
        var out: [UInt8] = []
        for s in token.unicodeScalars {
            if let b = byteOfCharacter[s] { out.append(b) } else { s.appendUTF8(to: &out) }
        }
        return out
    }
}

/// `ByteLevel` pre-tokenizer: optionally prefix a space, split with GPT-2's pattern
/// `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`, then spell
/// every piece in the byte alphabet (each byte-character keeps its scalar's origin).
public struct ByteLevelPreTokenizer: PreTokenizer {
    public let addPrefixSpace: Bool
    public let useRegex: Bool

    public init(addPrefixSpace: Bool = true, useRegex: Bool = true) {
        self.addPrefixSpace = addPrefixSpace
        self.useRegex = useRegex
    }

    public func preTokenize(_ text: NormalizedText) -> [NormalizedText] {
        var t = text
        if addPrefixSpace, !t.isEmpty, t.scalars[0] != " " {
            t.scalars.insert(" ", at: 0)
            t.origins.insert(t.origins[0], at: 0)
        }
        let pieces = useRegex ? t.split(at: ByteLevelPreTokenizer.gpt2Matches(t.scalars), behavior: .isolated) : [t]
        return pieces.map { piece in
            var p = piece
            if p.scalars.allSatisfy({ $0.isASCII }) {
                p.mapEach { ByteLevelAlphabet.characterOfByte[Int($0.value)] }
            } else {
                p.mapScalars { s in
                    var bytes: [UInt8] = []
                    s.appendUTF8(to: &bytes)
                    return bytes.map { ByteLevelAlphabet.characterOfByte[Int($0)] }
                }
            }
            return p
        }
    }

    /// The matches of GPT-2's pattern, scanned by hand: at each position the alternatives
    /// are tried in the pattern's order, as a backtracking regex engine does.
    static func gpt2Matches(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var matches: [Range<Int>] = [], i = 0
        while i < s.count {
            let end = nextMatchEnd(s, at: i)
            matches.append(i..<end)
            i = end
        }
        return matches
    }

    private static func isOther(_ c: Unicode.Scalar) -> Bool {
        !UnicodeClasses.isWhitespace(c) && !UnicodeClasses.isLetter(c) && !UnicodeClasses.isNumber(c)
    }

    private static func nextMatchEnd(_ s: [Unicode.Scalar], at i: Int) -> Int {
        func run(from j: Int, _ p: (Unicode.Scalar) -> Bool) -> Int {
            var k = j
            while k < s.count, p(s[k]) { k += 1 }
            return k
        }
        if s[i] == "'" && i + 1 < s.count {
            let a = s[i + 1]
            if a == "s" || a == "t" || a == "m" || a == "d" { return i + 2 }
            if i + 2 < s.count {
                let b = s[i + 2]
                if (a == "r" && b == "e") || (a == "v" && b == "e") || (a == "l" && b == "l") { return i + 3 }
            }
        }
        // ` ?\p{L}+`, ` ?\p{N}+`, ` ?[^\s\p{L}\p{N}]+`: an optional space, then a run.
        let start = s[i] == " " && i + 1 < s.count ? i + 1 : i
        if UnicodeClasses.isLetter(s[start]) { return run(from: start, UnicodeClasses.isLetter) }
        if UnicodeClasses.isNumber(s[start]) { return run(from: start, UnicodeClasses.isNumber) }
        if isOther(s[start]) { return run(from: start, isOther) }
        // \s+(?!\S): the whitespace run, less its last scalar when a non-space follows.
        let end = run(from: i, UnicodeClasses.isWhitespace)
        if end == s.count || end - i == 1 { return end }
        return end - 1
    }
}
