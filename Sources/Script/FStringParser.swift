/// Splits an f-string body into literal text and `{expr!conv:spec}` fields. Field
/// expressions are lexed and parsed by a nested parser that shares the function ids.
enum FStringParser {
    static func parse(_ body: String, isRaw: Bool, line: Int, column: Int, parser: inout Parser) throws -> [FStringPart] {
        let chars = Array(body)
        var i = 0
        return try parseParts(chars, &i, isRaw: isRaw, inSpec: false, line: line, column: column, parser: &parser)
    }

    private static func parseParts(_ chars: [Character], _ i: inout Int, isRaw: Bool, inSpec: Bool, line: Int, column: Int, parser: inout Parser) throws -> [FStringPart] {
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
                parts.append(try parseField(chars, &i, isRaw: isRaw, line: line, column: column, parser: &parser))
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

    private static func parseField(_ chars: [Character], _ i: inout Int, isRaw: Bool, line: Int, column: Int, parser: inout Parser) throws -> FStringPart {
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
        let expr = try parseExpression(exprText, line: line, column: column, parser: &parser)
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
            spec = try parseParts(chars, &i, isRaw: isRaw, inSpec: true, line: line, column: column, parser: &parser)
        }
        guard i < chars.count && chars[i] == "}" else {
            throw CompileError("f-string: expecting '}'", line: line, column: column)
        }
        i += 1
        if debug && conversion == nil && spec.isEmpty { conversion = "r" }
        return .field(expr, conversion: conversion, spec: spec, debugText: debugText)
    }

    private static func parseExpression(_ text: String, line: Int, column: Int, parser: inout Parser) throws -> Expr {
        var tokens: [Token]
        do {
            tokens = try Lexer.tokenize("(" + text + ")")
        } catch var e as CompileError {
            e.line = line
            e.message = "f-string: " + e.message
            throw e
        }
        for k in tokens.indices {
            tokens[k].line = line
            tokens[k].endLine = line
            tokens[k].column += column
            tokens[k].endColumn += column
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
