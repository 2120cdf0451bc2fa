/// Splits an f-string body into literal text and `{expr!conv:spec}` fields. Field
/// expressions are lexed and parsed by a nested parser that shares the function ids.
enum FStringParser {
    /// `bodyColumn` is the column of the body's first character (after the prefix and quotes),
    /// where the fields' expressions are placed from, as CPython 3.11 places them.
    static func parse(_ body: String, isRaw: Bool, line: Int, column: Int, bodyColumn: Int, parser: inout Parser) throws -> [FStringPart] {
        let chars = Array(body)
        var i = 0
        return try parseParts(chars, &i, isRaw: isRaw, inSpec: false, line: line, column: column, bodyColumn: bodyColumn, parser: &parser)
    }

    private static func parseParts(_ chars: [Character], _ i: inout Int, isRaw: Bool, inSpec: Bool, line: Int, column: Int, bodyColumn: Int, parser: inout Parser) throws -> [FStringPart] {
        var parts: [FStringPart] = []
        var literal = ""
        func flush() throws {
            if !literal.isEmpty {
                parts.append(.literal(isRaw ? literal : try decodeEscapes(literal, line: line, column: column)))
                literal = ""
            }
        }
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if !inSpec && i + 1 < chars.count && chars[i + 1] == "{" {
                    literal.append("{")
                    i += 2
                    continue
                }
                try flush()
                i += 1
                parts.append(try parseField(chars, &i, isRaw: isRaw, line: line, column: column, bodyColumn: bodyColumn, parser: &parser))
            } else if c == "}" {
                if inSpec {
                    try flush()
                    return parts
                }
                if i + 1 < chars.count && chars[i + 1] == "}" {
                    literal.append("}")
                    i += 2
                    continue
                }
                throw CompileError("f-string: single '}' is not allowed", line: line, column: column)
            } else {
                literal.append(c)
                i += 1
            }
        }
        if inSpec { throw CompileError("f-string: expecting '}'", line: line, column: column) }
        try flush()
        return parts
    }

    private static func parseField(_ chars: [Character], _ i: inout Int, isRaw: Bool, line: Int, column: Int, bodyColumn: Int, parser: inout Parser) throws -> FStringPart {
        let start = i
        var depth = 0
        var quote: Character? = nil
        var exprEnd = -1
        var debug = false
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                if c == q { quote = nil }
                i += 1
                continue
            }
            if c == "'" || c == "\"" { quote = c; i += 1; continue }
            if "([{".contains(c) { depth += 1 }
            if ")]".contains(c) { depth -= 1 }
            if c == "}" {
                if depth == 0 { exprEnd = i; break }
                depth -= 1
            }
            if depth == 0 {
                if c == "!" && i + 1 < chars.count && chars[i + 1] != "=" { exprEnd = i; break }
                if c == ":" { exprEnd = i; break }
                if c == "=" && i > start && !"=!<>".contains(chars[i - 1]) && i + 1 < chars.count && chars[i + 1] != "=" {
                    var j = i + 1
                    while j < chars.count && chars[j] == " " { j += 1 }
                    if j < chars.count && "}!:".contains(chars[j]) {
                        debug = true
                        exprEnd = i
                        break
                    }
                }
            }
            i += 1
        }
        guard exprEnd >= 0 else { throw CompileError("f-string: expecting '}'", line: line, column: column) }
        let exprText = String(chars[start..<exprEnd])
        if exprText.trimmed(" \t").isEmpty {
            throw CompileError("f-string: empty expression not allowed", line: line, column: column)
        }
        // Where CPython 3.11 (`fstring_find_expr_location`) puts the expression: its first line
        // starts at the column of the `{` (counted from the line's start), unless only white
        // space follows the brace on its line; its line is the brace's.
        let brace = start - 1
        let newlines = chars[..<brace].filter { $0 == "\n" }.count
        var braceColumn = 0
        var k = start
        while k < chars.count && chars[k] != "}" && chars[k] != "\n" && (chars[k] == " " || chars[k] == "\t" || chars[k] == "\u{0C}") { k += 1 }
        if k < chars.count && chars[k] != "}" && chars[k] != "\n" {
            // Columns count code points (a Character may hold several).
            func scalars(_ r: Range<Int>) -> Int { chars[r].reduce(0) { $0 + $1.unicodeScalars.count } }
            if let lastNewline = chars[..<brace].lastIndex(of: "\n") {
                braceColumn = scalars((lastNewline + 1)..<brace)
            } else {
                braceColumn = bodyColumn + scalars(0..<brace)
            }
        }
        let expr = try parseExpression(exprText, line: line, column: column, startLine: line + newlines, startColumn: braceColumn, parser: &parser)
        var debugText: String? = nil
        if debug {
            i += 1
            var spaces = ""
            while i < chars.count && chars[i] == " " { spaces.append(" "); i += 1 }
            debugText = exprText + "=" + spaces
        }
        var conversion: Character? = nil
        if i < chars.count && chars[i] == "!" {
            i += 1
            guard i < chars.count, "rsa".contains(chars[i]) else {
                throw CompileError("f-string: invalid conversion character: expected 's', 'r', or 'a'", line: line, column: column)
            }
            conversion = chars[i]
            i += 1
        }
        var spec: [FStringPart] = []
        if i < chars.count && chars[i] == ":" {
            i += 1
            spec = try parseParts(chars, &i, isRaw: isRaw, inSpec: true, line: line, column: column, bodyColumn: bodyColumn, parser: &parser)
        }
        guard i < chars.count && chars[i] == "}" else {
            throw CompileError("f-string: expecting '}'", line: line, column: column)
        }
        i += 1
        if debug && conversion == nil && spec.isEmpty { conversion = "r" }
        return .field(expr, conversion: conversion, spec: spec, debugText: debugText)
    }

    /// Parses a field's expression; its tokens' first line is `startLine`, where their columns
    /// are shifted by `startColumn` (the `(` the text is wrapped in stands for the brace).
    private static func parseExpression(_ text: String, line: Int, column: Int, startLine: Int, startColumn: Int, parser: inout Parser) throws -> Expr {
        var tokens: [Token]
        do {
            tokens = try Lexer.tokenize("(" + text + ")")
        } catch var e as CompileError {
            e.line = line
            e.message = "f-string: " + e.message
            throw e
        }
        for k in tokens.indices {
            if tokens[k].line == 1 { tokens[k].column += startColumn }
            if tokens[k].endLine == 1 { tokens[k].endColumn += startColumn }
            tokens[k].line += startLine - 1
            tokens[k].endLine += startLine - 1
        }
        var sub = Parser(tokens: tokens)
        sub.nextFunctionId = parser.nextFunctionId
        sub.depth = parser.depth
        let e = try sub.expressionList(allowStar: false)
        while sub.check(.newline) { sub.advance() }
        guard sub.isAtEnd else { throw CompileError("f-string: invalid syntax", line: line, column: column) }
        parser.nextFunctionId = sub.nextFunctionId
        return e
    }
}

extension String {
    func trimmed(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
