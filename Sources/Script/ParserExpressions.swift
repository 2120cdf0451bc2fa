/// Expression parsing, from lowest precedence (lambda, ternary) to atoms.
extension Parser {
    func span(_ a: Expr, _ b: Expr) -> SourceRange {
        SourceRange(line: a.outerRange.line, column: a.outerRange.column, endLine: b.outerRange.endLine, endColumn: b.outerRange.endColumn)
    }

    mutating func enterNesting() throws {
        depth += 1
        if depth > Parser.maxDepth { throw error("too many nested parentheses") }
    }

    /// A comma-separated list that becomes a tuple when there is a comma: `a, b = 1, 2`.
    mutating func expressionList(allowStar: Bool = false) throws -> Expr {
        let first = try starOrExpression(allowStar)
        guard check(op: ",") else {
            if case .starred = first.kind { throw CompileError("can't use starred expression here", line: first.range.line, column: first.range.column) }
            return first
        }
        var items = [first]
        while match(op: ",") {
            if !startsExpression() { break }
            items.append(try starOrExpression(allowStar))
        }
        return Expr(kind: .tuple(items), range: span(first, items.last!))
    }

    mutating func starOrExpression(_ allowStar: Bool) throws -> Expr {
        if check(op: "*") {
            let star = advance()
            let inner = try bitOr(allowStar: false)
            return Expr(kind: .starred(inner), range: SourceRange(line: star.line, column: star.column, endLine: inner.outerRange.endLine, endColumn: inner.outerRange.endColumn))
        }
        return try namedExpression()
    }

    func startsExpression() -> Bool {
        let t = peek
        switch t.kind {
        case .name: return !["in", "for", "if", "else", "and", "or", "is", "as", "from", "import"].contains(t.text) || ["not", "lambda", "None", "True", "False"].contains(t.text)
        case .number, .string, .fstring, .bytes: return true
        case .op: return ["(", "[", "{", "-", "+", "~", "*", "...", "**"].contains(t.text)
        default: return false
        }
    }

    /// `name := value` or an ordinary expression.
    mutating func namedExpression() throws -> Expr {
        if peek.kind == .name && checkNext(op: ":=") {
            let nameToken = advance()
            advance()
            let value = try expression()
            return Expr(kind: .walrus(nameToken.text, value), range: SourceRange(line: nameToken.line, column: nameToken.column, endLine: value.outerRange.endLine, endColumn: value.outerRange.endColumn))
        }
        return try expression()
    }

    mutating func expression() throws -> Expr {
        try enterNesting()
        defer { depth -= 1 }
        if check(keyword: "lambda") { return try lambda() }
        if check(keyword: "yield") {
            let start = advance()
            if match(keyword: "from") {
                let source = try expression()
                return Expr(kind: .yieldFrom(source), range: rangeFrom(start))
            }
            var value: Expr? = nil
            if startsExpression() { value = try expressionList() }
            return Expr(kind: .yield(value), range: rangeFrom(start))
        }
        let body = try orTest()
        if check(keyword: "if") {
            advance()
            let test = try orTest()
            guard match(keyword: "else") else { throw error("expected 'else' after 'if' expression") }
            let orElse = try expression()
            return Expr(kind: .conditional(test: test, body: body, orElse: orElse), range: span(body, orElse))
        }
        return body
    }

    mutating func lambda() throws -> Expr {
        let start = advance()
        let params = try parameters(closing: ":")
        try expect(op: ":", "expected ':'")
        let id = newFunctionId()
        let body = try expression()
        let range = SourceRange(line: start.line, column: start.column, endLine: body.outerRange.endLine, endColumn: body.outerRange.endColumn)
        let fn = FunctionNode(id: id, name: "<lambda>", params: params, body: [Stmt(kind: .return(body), range: body.range)], range: range)
        return Expr(kind: .lambda(fn), range: range)
    }

    mutating func orTest() throws -> Expr {
        let first = try andTest()
        guard check(keyword: "or") else { return first }
        var items = [first]
        while match(keyword: "or") { items.append(try andTest()) }
        return Expr(kind: .boolean(isAnd: false, items), range: span(first, items.last!))
    }

    mutating func andTest() throws -> Expr {
        let first = try notTest()
        guard check(keyword: "and") else { return first }
        var items = [first]
        while match(keyword: "and") { items.append(try notTest()) }
        return Expr(kind: .boolean(isAnd: true, items), range: span(first, items.last!))
    }

    mutating func notTest() throws -> Expr {
        if check(keyword: "not") {
            let start = advance()
            try enterNesting()
            defer { depth -= 1 }
            let operand = try notTest()
            return Expr(kind: .unary(.not, operand), range: SourceRange(line: start.line, column: start.column, endLine: operand.outerRange.endLine, endColumn: operand.outerRange.endColumn))
        }
        return try comparison()
    }

    mutating func comparisonOperator() -> CompareOp? {
        let t = peek
        if t.kind == .op, let op = CompareOp(rawValue: t.text), t.text != "in" { advance(); return op }
        if t.kind == .name {
            if t.text == "in" { advance(); return .in }
            if t.text == "not" && current + 1 < tokens.count && tokens[current + 1].text == "in" && tokens[current + 1].kind == .name {
                advance(); advance(); return .notIn
            }
            if t.text == "is" {
                advance()
                if match(keyword: "not") { return .isNot }
                return .is
            }
        }
        return nil
    }

    mutating func comparison() throws -> Expr {
        let first = try bitOr(allowStar: false)
        var rest: [(CompareOp, Expr)] = []
        while let op = comparisonOperator() {
            rest.append((op, try bitOr(allowStar: false)))
        }
        if rest.isEmpty { return first }
        return Expr(kind: .compare(first, rest), range: span(first, rest.last!.1))
    }

    mutating func binaryLevel(_ ops: [String: BinaryOp], next: (inout Parser) throws -> Expr) throws -> Expr {
        var left = try next(&self)
        while peek.kind == .op, let op = ops[peek.text] {
            advance()
            let right = try next(&self)
            left = Expr(kind: .binary(op, left, right), range: span(left, right))
        }
        return left
    }

    /// `allowStar` lets targets such as `for *a, b in ...` through.
    mutating func bitOr(allowStar: Bool) throws -> Expr {
        if allowStar && check(op: "*") {
            return try starOrExpression(true)
        }
        return try binaryLevel(["|": .or]) { p in
            try p.binaryLevel(["^": .xor]) { p in
                try p.binaryLevel(["&": .and]) { p in
                    try p.binaryLevel(["<<": .lshift, ">>": .rshift]) { p in
                        try p.binaryLevel(["+": .add, "-": .sub]) { p in
                            try p.binaryLevel(["*": .mul, "/": .div, "//": .floorDiv, "%": .mod, "@": .matmul]) { p in
                                try p.factor()
                            }
                        }
                    }
                }
            }
        }
    }

    mutating func factor() throws -> Expr {
        if peek.kind == .op, let op = ["-": UnaryOp.neg, "+": .pos, "~": .invert][peek.text] {
            let start = advance()
            try enterNesting()
            defer { depth -= 1 }
            let operand = try factor()
            return Expr(kind: .unary(op, operand), range: SourceRange(line: start.line, column: start.column, endLine: operand.outerRange.endLine, endColumn: operand.outerRange.endColumn))
        }
        return try power()
    }

    mutating func power() throws -> Expr {
        let base = try primary()
        if match(op: "**") {
            let exponent = try factor()
            return Expr(kind: .binary(.pow, base, exponent), range: span(base, exponent))
        }
        return base
    }

    /// An atom followed by calls, subscripts and attribute accesses.
    mutating func primary() throws -> Expr {
        var e = try atom()
        while true {
            if match(op: "(") {
                let open = previous
                try enterNesting()
                let args = try callArguments()
                depth -= 1
                try expect(op: ")", "'(' was never closed")
                e = Expr(kind: .call(e, args), range: SourceRange(line: e.outerRange.line, column: e.outerRange.column, endLine: previous.endLine, endColumn: previous.endColumn))
                for case .positional(let a) in args {
                    if case .generator(_, _, let fn) = a.kind {
                        fn.callRange = e.range
                        if fn.isBareArgument {
                            fn.argumentParentheses = SourceRange(line: open.line, column: open.column, endLine: previous.endLine, endColumn: previous.endColumn)
                        }
                    }
                }
            } else if match(op: "[") {
                try enterNesting()
                let index = try subscriptList()
                depth -= 1
                try expect(op: "]")
                e = Expr(kind: .index(e, index), range: SourceRange(line: e.outerRange.line, column: e.outerRange.column, endLine: previous.endLine, endColumn: previous.endColumn))
            } else if match(op: ".") {
                let nameToken = peek
                guard nameToken.kind == .name else { throw error() }
                advance()
                e = Expr(kind: .attribute(e, nameToken.text), range: SourceRange(line: e.outerRange.line, column: e.outerRange.column, endLine: nameToken.line, endColumn: nameToken.endColumn))
            } else {
                return e
            }
        }
    }

    /// Arguments of a call, or bases of a class.
    mutating func callArguments() throws -> [CallArg] {
        var args: [CallArg] = []
        var seenKeyword = false
        while !check(op: ")") {
            if match(op: "*") {
                args.append(.starred(try expression()))
            } else if match(op: "**") {
                seenKeyword = true
                args.append(.doubleStarred(try expression()))
            } else if peek.kind == .name && checkNext(op: "=") {
                let name = advance().text
                advance()
                seenKeyword = true
                args.append(.keyword(name, try expression()))
            } else {
                let start = peek
                let value = try namedExpression()
                if check(keyword: "for") {
                    let gen = try comprehension(element: value, start: start, kind: .generator)
                    if case .generator(_, _, let fn) = gen.kind { fn.isBareArgument = true }
                    args.append(.positional(gen))
                } else {
                    if seenKeyword {
                        throw CompileError("positional argument follows keyword argument", line: value.range.line, column: value.range.column)
                    }
                    args.append(.positional(value))
                }
            }
            if !match(op: ",") { break }
        }
        return args
    }

    /// The inside of `[...]`: one index, a slice, or a tuple of them (`a[:, 1:3]`).
    mutating func subscriptList() throws -> Expr {
        let first = try subscriptItem()
        guard check(op: ",") else { return first }
        var items = [first]
        while match(op: ",") {
            if check(op: "]") { break }
            items.append(try subscriptItem())
        }
        return Expr(kind: .tuple(items), range: span(first, items.last!))
    }

    mutating func subscriptItem() throws -> Expr {
        let start = peek
        var lower: Expr? = nil
        if !check(op: ":") {
            let e = try starOrExpression(true)
            if !check(op: ":") { return e }
            lower = e
        }
        advance()
        var upper: Expr? = nil
        var step: Expr? = nil
        if !check(op: ":") && !check(op: "]") && !check(op: ",") { upper = try expression() }
        if match(op: ":") {
            if !check(op: "]") && !check(op: ",") { step = try expression() }
        }
        return Expr(kind: .slice(lower, upper, step), range: rangeFrom(start))
    }

    enum ComprehensionKind { case list, set, generator }

    /// Parses the `for ... in ... if ...` clauses after `element`.
    mutating func comprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while match(keyword: "for") {
            let target = try targetList()
            guard match(keyword: "in") else { throw error() }
            let iter = try orTest()
            var conditions: [Expr] = []
            while match(keyword: "if") {
                conditions.append(try orTestNoTernary())
            }
            clauses.append(Comprehension(target: target, iter: iter, conditions: conditions))
        }
        return clauses
    }

    mutating func orTestNoTernary() throws -> Expr { try orTest() }

    mutating func comprehension(element: Expr, start: Token, kind: ComprehensionKind) throws -> Expr {
        let clauses = try comprehensionClauses()
        let id = newFunctionId()
        let fn = FunctionNode(id: id, name: kind == .list ? "<listcomp>" : kind == .set ? "<setcomp>" : "<genexpr>", params: [], body: [], range: element.range)
        let range = rangeFrom(start)
        switch kind {
        case .list: return Expr(kind: .listComp(element, clauses, fn), range: range)
        case .set: return Expr(kind: .setComp(element, clauses, fn), range: range)
        case .generator: return Expr(kind: .generator(element, clauses, fn), range: range)
        }
    }

    mutating func atom() throws -> Expr {
        let t = peek
        let single = SourceRange(line: t.line, column: t.column, endLine: t.endLine, endColumn: t.endColumn)
        switch t.kind {
        case .number:
            advance()
            if t.text.contains(".") || (t.text.lowercased().contains("e") && !t.text.hasPrefix("0x")) {
                return Expr(kind: .float(Double(t.text) ?? .infinity), range: single)
            }
            return Expr(kind: .int(t.text), range: single)
        case .string, .fstring:
            return try strings()
        case .bytes:
            var value: [UInt8] = []
            while check(.bytes) { value += advance().text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }
            if check(.string) || check(.fstring) { throw error("cannot mix bytes and nonbytes literals") }
            return Expr(kind: .bytes(value), range: rangeFrom(t))
        case .name:
            switch t.text {
            case "None": advance(); return Expr(kind: .none, range: single)
            case "True": advance(); return Expr(kind: .true, range: single)
            case "False": advance(); return Expr(kind: .false, range: single)
            default:
                if pythonKeywords.contains(t.text) { throw error() }
                advance()
                return Expr(kind: .name(t.text), range: single)
            }
        case .op:
            switch t.text {
            case "...": advance(); return Expr(kind: .ellipsis, range: single)
            case "(": return try parenthesized()
            case "[": return try listDisplay()
            case "{": return try braceDisplay()
            default: throw error()
            }
        default:
            throw error()
        }
    }

    mutating func parenthesized() throws -> Expr {
        let start = advance()
        try enterNesting()
        defer { depth -= 1 }
        if match(op: ")") { return Expr(kind: .tuple([]), range: rangeFrom(start)) }
        if check(keyword: "yield") {
            var e = try expression()
            try expect(op: ")")
            e.parenthesized = rangeFrom(start)
            return e
        }
        let first = try starOrExpression(true)
        if check(keyword: "for") {
            let gen = try comprehension(element: first, start: start, kind: .generator)
            try expect(op: ")")
            return Expr(kind: gen.kind, range: rangeFrom(start))
        }
        if match(op: ")") {
            if case .starred = first.kind { throw CompileError("cannot use starred expression here", line: first.range.line, column: first.range.column) }
            var inner = first
            inner.parenthesized = rangeFrom(start)
            return inner
        }
        var items = [first]
        while match(op: ",") {
            if check(op: ")") { break }
            items.append(try starOrExpression(true))
        }
        try expect(op: ")", "invalid syntax. Perhaps you forgot a comma?")
        return Expr(kind: .tuple(items), range: rangeFrom(start))
    }

    mutating func listDisplay() throws -> Expr {
        let start = advance()
        try enterNesting()
        defer { depth -= 1 }
        if match(op: "]") { return Expr(kind: .list([]), range: rangeFrom(start)) }
        let first = try starOrExpression(true)
        if check(keyword: "for") {
            let comp = try comprehension(element: first, start: start, kind: .list)
            try expect(op: "]")
            return Expr(kind: comp.kind, range: rangeFrom(start))
        }
        var items = [first]
        while match(op: ",") {
            if check(op: "]") { break }
            items.append(try starOrExpression(true))
        }
        try expect(op: "]", "invalid syntax. Perhaps you forgot a comma?")
        return Expr(kind: .list(items), range: rangeFrom(start))
    }

    mutating func braceDisplay() throws -> Expr {
        let start = advance()
        try enterNesting()
        defer { depth -= 1 }
        if match(op: "}") { return Expr(kind: .dict([]), range: rangeFrom(start)) }
        if match(op: "**") {
            let first = try bitOr(allowStar: false)
            return try dictRest(start: start, first: (nil, first))
        }
        let first = try starOrExpression(true)
        if match(op: ":") {
            let value = try expression()
            if check(keyword: "for") {
                let clauses = try comprehensionClauses()
                let fn = FunctionNode(id: newFunctionId(), name: "<dictcomp>", params: [], body: [], range: first.range)
                try expect(op: "}")
                return Expr(kind: .dictComp(first, value, clauses, fn), range: rangeFrom(start))
            }
            return try dictRest(start: start, first: (first, value))
        }
        if check(keyword: "for") {
            let comp = try comprehension(element: first, start: start, kind: .set)
            try expect(op: "}")
            return Expr(kind: comp.kind, range: rangeFrom(start))
        }
        var items = [first]
        while match(op: ",") {
            if check(op: "}") { break }
            items.append(try starOrExpression(true))
        }
        try expect(op: "}", "invalid syntax. Perhaps you forgot a comma?")
        return Expr(kind: .set(items), range: rangeFrom(start))
    }

    mutating func dictRest(start: Token, first: (Expr?, Expr)) throws -> Expr {
        var entries: [(key: Expr?, value: Expr)] = [first]
        while match(op: ",") {
            if check(op: "}") { break }
            if match(op: "**") {
                entries.append((nil, try bitOr(allowStar: false)))
            } else {
                let key = try expression()
                try expect(op: ":", "':' expected after dictionary key")
                entries.append((key, try expression()))
            }
        }
        try expect(op: "}", "invalid syntax. Perhaps you forgot a comma?")
        return Expr(kind: .dict(entries), range: rangeFrom(start))
    }

    /// Adjacent string literals concatenate; any f-string makes the whole an f-string.
    mutating func strings() throws -> Expr {
        let start = peek
        var parts: [FStringPart] = []
        var isF = false
        while check(.string) || check(.fstring) || check(.bytes) {
            if check(.bytes) { throw error("cannot mix bytes and nonbytes literals") }
            let t = advance()
            if t.kind == .string {
                parts.append(.literal(t.text))
            } else {
                isF = true
                parts += try FStringParser.parse(t.text, isRaw: t.isRaw, line: t.line, column: t.column, bodyColumn: t.column + t.bodyOffset, parser: &self)
            }
        }
        let range = rangeFrom(start)
        if !isF {
            var s = ""
            for case .literal(let l) in parts { s += l }
            return Expr(kind: .string(s), range: range)
        }
        return Expr(kind: .fstring(mergeLiterals(parts)), range: range)
    }

    func mergeLiterals(_ parts: [FStringPart]) -> [FStringPart] {
        var out: [FStringPart] = []
        for p in parts {
            if case .literal(let b) = p, case .literal(let a)? = out.last {
                out[out.count - 1] = .literal(a + b)
            } else if case .literal(let b) = p, b.isEmpty {
                continue
            } else {
                out.append(p)
            }
        }
        return out
    }
}
