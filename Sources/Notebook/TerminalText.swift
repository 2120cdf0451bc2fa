/// What a terminal would show for captured output: carriage returns and backspaces move the
/// cursor and later characters overwrite earlier ones, `ESC[K` erases to the end of the line,
/// and other ANSI escape sequences (colours, cursor keys, window titles) leave no text.
///
/// Keras and tqdm redraw progress bars this way; comparing the raw bytes would compare every
/// intermediate frame.
public enum TerminalText {
    public static func render(_ text: String) -> String {
        var lines: [String] = []
        var line: [Character] = []
        var column = 0
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            switch scalar {
            case "\u{1B}":
                if consumeEscape(&scalars) == "K", column < line.count {
                    line.removeSubrange(column...)
                }
                continue
            case "\n":
                lines.append(String(line))
                line = []
                column = 0
            case "\r":
                column = 0
            case "\u{8}":
                column = max(0, column - 1)
            default:
                // Take a whole character so combining marks stay with their base letter.
                let character = Character(String(String.UnicodeScalarView(takeCharacter(&scalars))))
                if column < line.count {
                    line[column] = character
                } else {
                    line.append(contentsOf: repeatElement(" ", count: column - line.count))
                    line.append(character)
                }
                column += 1
                continue
            }
            scalars = scalars.dropFirst()
        }
        lines.append(String(line))
        return lines.joined(separator: "\n")
    }

    /// Removes ANSI escape sequences and nothing else (Jupyter tracebacks are coloured this way).
    public static func strippingEscapes(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            if scalar == "\u{1B}" {
                _ = consumeEscape(&scalars)
            } else {
                out.append(scalar)
                scalars = scalars.dropFirst()
            }
        }
        return String(out)
    }

    /// Drops one escape sequence starting at ESC and returns the final byte of a CSI sequence.
    private static func consumeEscape(_ scalars: inout Substring.UnicodeScalarView) -> Unicode.Scalar? {
        scalars = scalars.dropFirst()
        guard let kind = scalars.first else { return nil }
        scalars = scalars.dropFirst()
        switch kind {
        case "[":
            // CSI: parameter and intermediate bytes, then one final byte in @...~.
            while let next = scalars.first {
                scalars = scalars.dropFirst()
                if (0x40...0x7E).contains(next.value) { return next }
            }
            return nil
        case "]":
            // OSC: up to BEL or ESC \.
            while let next = scalars.first {
                scalars = scalars.dropFirst()
                if next == "\u{7}" { break }
                if next == "\u{1B}", scalars.first == "\\" {
                    scalars = scalars.dropFirst()
                    break
                }
            }
            return nil
        default:
            return nil
        }
    }

    private static func takeCharacter(_ scalars: inout Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
        var end = scalars.index(after: scalars.startIndex)
        while end < scalars.endIndex, isContinuation(scalars[end]) { end = scalars.index(after: end) }
        let taken = scalars[..<end]
        scalars = scalars[end...]
        return taken
    }

    /// Scalars that extend the character before them (combining marks, joiners, variation selectors).
    private static func isContinuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar == "\u{200D}" || (0xFE00...0xFE0F).contains(scalar.value)
        }
    }
}
