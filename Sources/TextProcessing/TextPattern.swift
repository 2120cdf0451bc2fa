import Foundation

/// A `Replace` or `Split` pattern of tokenizer.json: `{"String": ...}` or `{"Regex": ...}`.
public enum TextPattern {
    case literal([Unicode.Scalar])
    case regex(NSRegularExpression)

    /// Compiles a regex written for Oniguruma (the engine tokenizers uses for `Regex`
    /// patterns) with ICU, turning an ICU refusal into a tokenizer error.
    public static func compile(regex source: String) throws -> TextPattern {
        do {
            return .regex(try NSRegularExpression(pattern: translateOniguruma(source), options: []))
        } catch {
            throw TokenizerError.invalidConfig("invalid regex \(source.debugDescription)")
        }
    }

    /// Non-overlapping matches, left to right, as scalar index ranges. Empty matches are skipped.
    public func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        switch self {
        case .literal(let needle):
            guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
            var out: [Range<Int>] = [], i = 0
            while i + needle.count <= scalars.count {
                if scalars[i] == needle[0], Array(scalars[i..<i + needle.count]) == needle {
                    out.append(i..<i + needle.count)
                    i += needle.count
                } else {
                    i += 1
                }
            }
            return out
        case .regex(let regex):
            // NSRegularExpression counts UTF-16 units; map them back to scalar indices.
            var scalarAtUTF16: [Int] = []
            scalarAtUTF16.reserveCapacity(scalars.count + 1)
            for (k, s) in scalars.enumerated() {
                scalarAtUTF16.append(k)
                if s.value > 0xFFFF { scalarAtUTF16.append(k) }
            }
            scalarAtUTF16.append(scalars.count)
            let string = String(String.UnicodeScalarView(scalars))
            let ns = NSRange(location: 0, length: (string as NSString).length)
            return regex.matches(in: string, options: [], range: ns).compactMap { m in
                guard m.range.length > 0 else { return nil }
                return scalarAtUTF16[m.range.location]..<scalarAtUTF16[m.range.location + m.range.length]
            }
        }
    }
}

/// Rewrites the escapes whose meaning differs between Oniguruma and ICU into explicit sets:
/// Oniguruma's `\w` is letters, marks, decimal digits and connector punctuation plus, from
/// its Latin-1 table, ¹ ² ³ ¼ ½ ¾ (ICU adds all Alphabetic and the joiners); its `\s` is
/// White_Space (ICU's misses \v and U+0085).
func translateOniguruma(_ pattern: String) -> String {
    let word = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\u00B9\\u00B2\\u00B3\\u00BC-\\u00BE"
    let space = "\\p{White_Space}"
    var out = "", inClass = 0
    var chars = Array(pattern.unicodeScalars)[...]
    while let c = chars.popFirst() {
        if c == "\\", let next = chars.popFirst() {
            let set: String?
            switch next {
            case "w": set = inClass > 0 ? word : "[" + word + "]"
            case "W": set = "[^" + word + "]"
            case "s": set = inClass > 0 ? space : "[" + space + "]"
            case "S": set = "[^" + space + "]"
            default: set = nil
            }
            if let set { out += set } else { out.unicodeScalars.append(c); out.unicodeScalars.append(next) }
            continue
        }
        if c == "[" { inClass += 1 } else if c == "]" && inClass > 0 { inClass -= 1 }
        out.unicodeScalars.append(c)
    }
    return out
}
