/// Brings captured output and golden output to the form they are compared in.
///
/// 1. Terminal rendering (`TerminalText.render`): `\r`/`\b` redraws collapse to what the
///    screen shows, ANSI escapes vanish.
/// 2. Trailing whitespace is removed from every line, and trailing blank lines are dropped.
/// 3. Values that change from run to run are masked the same way on both sides:
///    durations (`0s`, `17ms`, `1.23s`, `850us`) become `<time>`, clock-style ETAs after a
///    progress bar or `ETA:` (`1:05`) too, and memory addresses (`at 0x7f3a...`) become
///    `at 0x<address>`. So Keras' `2/2 ━━━━ 0s 17ms/step` matches `2/2 ━━━━ 1s 30ms/step`.
public enum OutputNormalizer {
    public static let timePlaceholder = "<time>"
    public static let addressPlaceholder = "<address>"

    /// The lines of `text` after all three steps.
    public static func lines(_ text: String) -> [String] {
        var lines = TerminalText.render(text)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { maskVolatile(String($0.reversed().drop(while: \.isWhitespace).reversed())) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Step 3 on one line.
    public static func maskVolatile(_ line: String) -> String {
        let chars = Array(line)
        var out = ""
        var i = 0
        while i < chars.count {
            let atBoundary = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_" || chars[i - 1] == ".")
            if atBoundary, let end = durationEnd(chars, from: i) ?? clockEnd(chars, from: i) {
                out += timePlaceholder
                i = end
            } else if hasPrefix(chars, at: i, "at 0x"), i + 5 < chars.count, chars[i + 5].isHexDigit {
                out += "at 0x" + addressPlaceholder
                i += 5
                while i < chars.count, chars[i].isHexDigit { i += 1 }
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    /// End of `12`, `1.5` followed by a time unit and no further letters or digits.
    private static func durationEnd(_ chars: [Character], from start: Int) -> Int? {
        var i = digitsEnd(chars, from: start)
        guard i > start else { return nil }
        if i < chars.count, chars[i] == "." {
            let fractionEnd = digitsEnd(chars, from: i + 1)
            guard fractionEnd > i + 1 else { return nil }
            i = fractionEnd
        }
        for unit in ["ns", "us", "µs", "ms", "s"] where hasPrefix(chars, at: i, unit) {
            let end = i + unit.count
            if end == chars.count || !(chars[end].isLetter || chars[end].isNumber || chars[end] == "_") {
                return end
            }
        }
        return nil
    }

    /// End of an `M:SS` or `H:MM:SS` ETA, only right after a progress bar or `ETA: `.
    private static func clockEnd(_ chars: [Character], from start: Int) -> Int? {
        let afterBar = start >= 2 && chars[start - 1] == " " && (chars[start - 2] == "━" || chars[start - 2] == "]")
        let afterETA = start >= 5 && String(chars[(start - 5)..<start]) == "ETA: "
        guard afterBar || afterETA else { return nil }
        var i = digitsEnd(chars, from: start)
        guard i > start else { return nil }
        var groups = 0
        while groups < 2, i < chars.count, chars[i] == ":", digitsEnd(chars, from: i + 1) == i + 3 {
            i += 3
            groups += 1
        }
        return groups > 0 ? i : nil
    }

    private static func digitsEnd(_ chars: [Character], from start: Int) -> Int {
        var i = start
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
        return i
    }

    private static func hasPrefix(_ chars: [Character], at index: Int, _ prefix: String) -> Bool {
        var i = index
        for character in prefix {
            guard i < chars.count, chars[i] == character else { return false }
            i += 1
        }
        return true
    }
}
