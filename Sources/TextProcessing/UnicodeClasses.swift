/// Character classes as the Rust tokenizers library and its regexes define them.
enum UnicodeClasses {
    /// Rust `char::is_whitespace` and the regex `\s`: the Unicode White_Space property.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value == 32 || (9...13).contains(s.value) }
        return s.properties.isWhitespace
    }

    // ASCII answers below skip the Unicode property tables, which dominate profiles.
    private static func isASCIILetter(_ v: UInt32) -> Bool { (65...90).contains(v) || (97...122).contains(v) }
    private static func isASCIIDigit(_ v: UInt32) -> Bool { (48...57).contains(v) }

    /// `\p{L}`.
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isASCIILetter(s.value) }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `\p{N}`.
    static func isNumber(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isASCIIDigit(s.value) }
        switch s.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// `\p{M}`.
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// `\w` as Rust's regex crate defines it (UTS #18): Alphabetic, marks, decimal digits,
    /// connector punctuation and the joiners ZWJ/ZWNJ.
    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isASCIILetter(s.value) || isASCIIDigit(s.value) || s == "_" }
        let p = s.properties
        return p.isAlphabetic || isMark(s) || p.generalCategory == .decimalNumber
            || p.generalCategory == .connectorPunctuation || p.isJoinControl
    }


    /// `\p{P}`, Unicode punctuation.
    static func isUnicodePunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// BERT's punctuation: every non-alphanumeric printable ASCII character, plus `\p{P}`.
    static func isBertPunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v) { return true }
        return !s.isASCII && isUnicodePunctuation(s)
    }

    /// `unicode_categories::is_other`: Cc, Cf, Cn, Co, Cs.
    static func isOther(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value < 32 || s.value == 127 }
        switch s.properties.generalCategory {
        case .control, .format, .unassigned, .privateUse, .surrogate: return true
        default: return false
        }
    }

    /// The CJK ideograph blocks BERT surrounds with spaces.
    static func isChineseCharacter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
             0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F: return true
        default: return false
        }
    }

    /// Rust `char::to_lowercase`: the full per-character mapping, with no context rules.
    static func lowercase(_ s: Unicode.Scalar) -> [Unicode.Scalar] {
        if s.isASCII {
            return [(65...90).contains(s.value) ? Unicode.Scalar(UInt8(s.value + 32)) : s]
        }
        return Array(s.properties.lowercaseMapping.unicodeScalars)
    }
}

extension String {
    /// Python's `str.lower()`: each scalar's full lowercase mapping, with capital sigma
    /// becoming final `ς` after a cased letter and not before one (Swift's `lowercased()`
    /// on Linux leaves it `σ`).
    var pythonLowercased: String {
        let s = Array(unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in s.enumerated() {
            guard c == "\u{03A3}" else { out.append(contentsOf: UnicodeClasses.lowercase(c)); continue }
            var j = i - 1
            while j >= 0, s[j].properties.isCaseIgnorable { j -= 1 }
            let casedBefore = j >= 0 && s[j].properties.isCased
            var k = i + 1
            while k < s.count, s[k].properties.isCaseIgnorable { k += 1 }
            let casedAfter = k < s.count && s[k].properties.isCased
            out.append(casedBefore && !casedAfter ? "\u{03C2}" : "\u{03C3}")
        }
        return String(out)
    }
}
