/// Turns source text into tokens, Python style: NEWLINE ends a logical line, INDENT and
/// DEDENT mark changes of indentation, and newlines inside brackets are ignored.
struct Lexer {
    private let chars: [Unicode.Scalar]
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private var tokens: [Token] = []
    private var indents: [Int] = [0]
    /// Open brackets with their positions, for "'(' was never closed" and nesting limits.
    private var brackets: [(char: Unicode.Scalar, line: Int, column: Int)] = []
    private var atLineStart = true

    /// CPython refuses more nested brackets than this ("too many nested parentheses").
    static let maxBracketDepth = 200

    init(_ source: String) {
        chars = Array(source.unicodeScalars)
    }

    /// Lexes the whole source.
    static func tokenize(_ source: String) throws -> [Token] {
        var lexer = Lexer(source)
        return try lexer.run()
    }

    private var column: Int { pos - lineStart }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = pos + offset
        return i < chars.count ? chars[i] : nil
    }

    private mutating func run() throws -> [Token] {
        while pos < chars.count {
            if atLineStart && brackets.isEmpty {
                try readIndentation()
                if pos >= chars.count { break }
                continue
            }
            let c = chars[pos]
            switch c {
            case " ", "\t", "\u{0C}":
                pos += 1
            case "\r":
                pos += 1
            case "\n":
                if brackets.isEmpty {
                    add(.newline, "", column, column + 1)
                    atLineStart = true
                }
                newLine()
            case "#":
                while pos < chars.count && chars[pos] != "\n" { pos += 1 }
            case "\\":
                // Explicit line joining: a backslash must be the last character on the line.
                var j = pos + 1
                if j < chars.count && chars[j] == "\r" { j += 1 }
                if j < chars.count && chars[j] == "\n" {
                    pos = j
                    newLine()
                } else if j >= chars.count {
                    throw CompileError("unexpected EOF while parsing", line: line, column: column)
                } else {
                    throw CompileError("unexpected character after line continuation character", line: line, column: column)
                }
            default:
                if isIdentifierStart(c) {
                    try readNameOrString()
                } else if isDigit(c) || (c == "." && peek(1).map(isDigit) == true) {
                    try readNumber()
                } else if c == "\"" || c == "'" {
                    try readString(prefix: "", start: pos)
                } else {
                    try readOperator()
                }
            }
        }
        if let open = brackets.last {
            throw CompileError("'\(open.char)' was never closed", line: open.line, column: open.column)
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
            add(.newline, "", column, column)
        }
        while indents.count > 1 {
            indents.removeLast()
            add(.dedent, "", 0, 0)
        }
        add(.eof, "", 0, 0)
        return tokens
    }

    private mutating func newLine() {
        pos += 1
        line += 1
        lineStart = pos
    }

    private mutating func add(_ kind: TokenKind, _ text: String, _ start: Int, _ end: Int, isRaw: Bool = false, startLine: Int? = nil) {
        tokens.append(Token(kind, text, line: startLine ?? line, column: start, endColumn: end, endLine: line, isRaw: isRaw))
    }

    /// Measures the indentation of a new logical line and emits INDENT/DEDENT tokens.
    /// Blank and comment-only lines do not count.
    private mutating func readIndentation() throws {
        var width = 0
        while pos < chars.count {
            let c = chars[pos]
            if c == " " { width += 1 } else if c == "\t" { width = (width / 8 + 1) * 8 } else if c == "\u{0C}" { width = 0 } else { break }
            pos += 1
        }
        guard pos < chars.count else { return }
        let c = chars[pos]
        if c == "\n" || c == "#" || c == "\r" {
            while pos < chars.count && chars[pos] != "\n" { pos += 1 }
            if pos < chars.count { newLine() }
            return
        }
        if c == "\\" && (peek(1) == "\n") {
            // A continuation at the start of a line: the line joins the next one.
            pos += 1
            newLine()
            atLineStart = false
            return
        }
        atLineStart = false
        let current = indents[indents.count - 1]
        if width > current {
            indents.append(width)
            add(.indent, "", 0, width)
        } else if width < current {
            while width < indents[indents.count - 1] {
                indents.removeLast()
                add(.dedent, "", 0, width)
            }
            if width != indents[indents.count - 1] {
                throw CompileError("unindent does not match any outer indentation level", line: line, column: width, type: "IndentationError")
            }
        }
    }

    private mutating func readNameOrString() throws {
        let start = pos
        while pos < chars.count && isIdentifierContinue(chars[pos]) { pos += 1 }
        let text = makeString(chars[start..<pos])
        if pos < chars.count, chars[pos] == "\"" || chars[pos] == "'", pos - start <= 2,
           chars[start..<pos].allSatisfy({ "rRbBfFuU".unicodeScalars.contains($0) }) {
            try readString(prefix: text.lowercased(), start: start)
            return
        }
        add(.name, text, start - lineStart, column)
    }

    private mutating func readNumber() throws {
        let start = pos
        let startColumn = column
        var text = ""
        func take(_ pred: (Unicode.Scalar) -> Bool) {
            while pos < chars.count && (pred(chars[pos]) || (chars[pos] == "_" && pos + 1 < chars.count && pred(chars[pos + 1]))) {
                if chars[pos] != "_" { text.unicodeScalars.append(chars[pos]) }
                pos += 1
            }
        }
        if chars[pos] == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
            pos += 2
            text = "0" + String(p).lowercased()
            let digitCheck: (Unicode.Scalar) -> Bool
            switch p {
            case "x", "X": digitCheck = { $0.properties.isASCIIHexDigit }
            case "o", "O": digitCheck = { $0 >= "0" && $0 <= "7" }
            default: digitCheck = { $0 == "0" || $0 == "1" }
            }
            if pos < chars.count && chars[pos] == "_" { pos += 1 }
            take(digitCheck)
            if text.count == 2 || (pos < chars.count && (isIdentifierContinue(chars[pos]))) {
                throw CompileError("invalid \(p == "x" || p == "X" ? "hexadecimal" : p == "o" || p == "O" ? "octal" : "binary") literal", line: line, column: startColumn)
            }
            add(.number, text, startColumn, column)
            return
        }
        take(isDigit)
        var isFloat = false
        if pos < chars.count && chars[pos] == "." {
            isFloat = true
            text += "."
            pos += 1
            take(isDigit)
        }
        if pos < chars.count && (chars[pos] == "e" || chars[pos] == "E") {
            let save = pos
            var exp = "e"
            pos += 1
            if pos < chars.count && (chars[pos] == "+" || chars[pos] == "-") {
                exp.unicodeScalars.append(chars[pos])
                pos += 1
            }
            if pos < chars.count && isDigit(chars[pos]) {
                isFloat = true
                text += exp
                take(isDigit)
            } else {
                pos = save
            }
        }
        if pos < chars.count && (chars[pos] == "j" || chars[pos] == "J") {
            throw CompileError("complex numbers are not supported", line: line, column: startColumn)
        }
        if pos < chars.count && isIdentifierStart(chars[pos]) {
            throw CompileError("invalid decimal literal", line: line, column: start - lineStart)
        }
        if !isFloat && text.count > 1 && text.hasPrefix("0") && text.contains(where: { $0 != "0" }) {
            throw CompileError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line: line, column: startColumn)
        }
        add(.number, text, startColumn, column)
    }

    /// Reads a string literal whose prefix (already consumed) is `prefix`.
    private mutating func readString(prefix: String, start: Int) throws {
        let startLine = line
        let startColumn = start - lineStart
        let quote = chars[pos]
        let triple = peek(1) == quote && peek(2) == quote
        pos += triple ? 3 : 1
        let bodyOffset = pos - start
        let isRaw = prefix.contains("r")
        let isF = prefix.contains("f")
        let isBytes = prefix.contains("b")
        if isBytes && isF {
            throw CompileError("invalid syntax", line: line, column: startColumn)
        }
        var body: [Unicode.Scalar] = []
        while true {
            guard pos < chars.count else {
                if triple {
                    throw CompileError("unterminated triple-quoted string literal (detected at line \(line))", line: startLine, column: startColumn)
                }
                throw CompileError("unterminated string literal (detected at line \(line))", line: startLine, column: startColumn)
            }
            let c = chars[pos]
            if c == quote {
                if !triple { pos += 1; break }
                if peek(1) == quote && peek(2) == quote { pos += 3; break }
            }
            if c == "\n" {
                if !triple {
                    throw CompileError("unterminated string literal (detected at line \(line))", line: startLine, column: startColumn)
                }
                body.append(c)
                newLine()
                continue
            }
            if c == "\\" && pos + 1 < chars.count {
                body.append(c)
                body.append(chars[pos + 1])
                if chars[pos + 1] == "\n" {
                    pos += 1
                    newLine()
                } else {
                    pos += 2
                }
                continue
            }
            body.append(c)
            pos += 1
        }
        let raw = makeString(body)
        if isF {
            add(.fstring, raw, startColumn, column, isRaw: isRaw, startLine: startLine)
            tokens[tokens.count - 1].bodyOffset = bodyOffset
        } else if isBytes {
            if raw.unicodeScalars.contains(where: { $0.value > 127 }) {
                throw CompileError("bytes can only contain ASCII literal characters", line: startLine, column: startColumn)
            }
            let value = isRaw ? raw : try decodeEscapes(raw, line: startLine, column: startColumn, bytes: true)
            add(.bytes, value, startColumn, column, isRaw: isRaw, startLine: startLine)
        } else {
            let value = isRaw ? raw : try decodeEscapes(raw, line: startLine, column: startColumn)
            add(.string, value, startColumn, column, isRaw: isRaw, startLine: startLine)
        }
    }

    private static let operators3: Set<String> = ["**=", "//=", ">>=", "<<=", "...", "!=="]
    private static let operators2: Set<String> = [
        "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=",
        "|=", "^=", "@=", "->", ":=",
    ]
    private static let operators1: Set<Unicode.Scalar> = [
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{",
        "}", ",", ":", ".", ";", "=",
    ]

    private mutating func readOperator() throws {
        let startColumn = column
        func text(_ n: Int) -> String? {
            pos + n <= chars.count ? makeString(chars[pos..<pos + n]) : nil
        }
        if let t = text(3), Lexer.operators3.contains(t), t != "!==" {
            pos += 3
            add(.op, t, startColumn, column)
            return
        }
        if let t = text(2), Lexer.operators2.contains(t) {
            pos += 2
            add(.op, t, startColumn, column)
            return
        }
        let c = chars[pos]
        guard Lexer.operators1.contains(c) else {
            if c == "!" {
                throw CompileError("invalid syntax", line: line, column: startColumn)
            }
            if c == "$" || c == "?" || c == "`" {
                throw CompileError("invalid syntax", line: line, column: startColumn)
            }
            let hex = String(c.value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            throw CompileError("invalid character '\(c)' (U+\(padded))", line: line, column: startColumn)
        }
        pos += 1
        switch c {
        case "(", "[", "{":
            if brackets.count >= Lexer.maxBracketDepth {
                throw CompileError("too many nested parentheses", line: line, column: startColumn)
            }
            brackets.append((c, line, startColumn))
        case ")", "]", "}":
            guard let open = brackets.popLast() else {
                throw CompileError("unmatched '\(c)'", line: line, column: startColumn)
            }
            let expected: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
            if c != expected {
                if open.line != line {
                    throw CompileError("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)' on line \(open.line)", line: line, column: startColumn)
                }
                throw CompileError("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)'", line: line, column: startColumn)
            }
        default:
            break
        }
        add(.op, String(c), startColumn, column)
    }
}

/// The string of `scalars`, written as UTF-8 straight into its storage: appending them to a
/// `String.UnicodeScalarView` one by one took a tenth of the start-up of a script that
/// imports numpy (most of the lexer's time).
private func makeString<C: Collection<Unicode.Scalar>>(_ scalars: C) -> String {
    let byteCount = scalars.reduce(0) { $0 + UTF8.width($1) }
    return String(unsafeUninitializedCapacity: byteCount) { buffer in
        var written = 0
        for scalar in scalars {
            UTF8.encode(scalar) { byte in
                buffer[written] = byte
                written += 1
            }
        }
        return written
    }
}

func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || (c.value > 127 && c.properties.isXIDStart)
}

func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
    isIdentifierStart(c) || isDigit(c) || (c.value > 127 && c.properties.isXIDContinue)
}

/// Decodes the backslash escapes of a non-raw string literal body.
func decodeEscapes(_ raw: String, line: Int, column: Int, bytes: Bool = false) throws -> String {
    guard raw.contains("\\") else { return raw }
    let s = Array(raw.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    func hexValue(_ count: Int, _ what: String) throws -> Unicode.Scalar {
        var v: UInt32 = 0
        for k in 0..<count {
            guard i + k < s.count, let d = Int(String(s[i + k]), radix: 16) else {
                throw CompileError("(unicode error) 'unicodeescape' codec can't decode bytes: truncated \(what) escape", line: line, column: column)
            }
            v = v * 16 + UInt32(d)
        }
        i += count
        guard let scalar = Unicode.Scalar(v) else {
            throw CompileError("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character", line: line, column: column)
        }
        return scalar
    }
    while i < s.count {
        let c = s[i]
        guard c == "\\", i + 1 < s.count else {
            out.append(c)
            i += 1
            continue
        }
        let e = s[i + 1]
        i += 2
        switch e {
        case "\n": break
        case "\\": out.append("\\")
        case "'": out.append("'")
        case "\"": out.append("\"")
        case "a": out.append("\u{07}")
        case "b": out.append("\u{08}")
        case "f": out.append("\u{0C}")
        case "n": out.append("\n")
        case "r": out.append("\r")
        case "t": out.append("\t")
        case "v": out.append("\u{0B}")
        case "x": out.append(try hexValue(2, "\\xXX"))
        case "u" where !bytes: out.append(try hexValue(4, "\\uXXXX"))
        case "U" where !bytes: out.append(try hexValue(8, "\\UXXXXXXXX"))
        case "0"..."7":
            var v = e.value - 48
            var n = 1
            while n < 3, i < s.count, s[i] >= "0", s[i] <= "7" {
                v = v * 8 + s[i].value - 48
                i += 1
                n += 1
            }
            out.append(Unicode.Scalar(bytes ? v & 0xFF : v) ?? "\u{FFFD}")
        default:
            // Unknown escapes keep the backslash, as Python does.
            out.append("\\")
            out.append(e)
        }
    }
    return String(out)
}
