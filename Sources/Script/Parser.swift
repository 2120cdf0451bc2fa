/// Recursive-descent parser for the Python subset: tokens in, statements out.
/// Statements are parsed here; expressions in ParserExpressions.swift.
struct Parser {
    var tokens: [Token]
    var current = 0
    /// Hands out ids for function scopes (def, lambda, comprehension).
    var nextFunctionId = 0
    /// Guards against stack exhaustion on absurdly nested input.
    var depth = 0
    var elifDepth = 0
    static let maxDepth = 200

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole module (or REPL cell).
    static func parse(_ source: String) throws -> [Stmt] {
        var parser = Parser(tokens: try Lexer.tokenize(source))
        return try parser.parseModule()
    }

    mutating func parseModule() throws -> [Stmt] {
        var body: [Stmt] = []
        while !isAtEnd {
            if check(.newline) { advance(); continue }
            if check(.indent) { throw CompileError("unexpected indent", line: peek.line, column: peek.column, type: "IndentationError") }
            body += try statement()
        }
        return body
    }

    // MARK: token helpers

    var peek: Token { tokens[current] }
    var previous: Token { tokens[max(current - 1, 0)] }
    var isAtEnd: Bool { peek.kind == .eof }

    func check(_ kind: TokenKind) -> Bool { peek.kind == kind }
    func check(op: String) -> Bool { peek.kind == .op && peek.text == op }
    func check(keyword: String) -> Bool { peek.kind == .name && peek.text == keyword }
    func checkNext(op: String) -> Bool {
        current + 1 < tokens.count && tokens[current + 1].kind == .op && tokens[current + 1].text == op
    }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[current]
        if t.kind != .eof { current += 1 }
        return t
    }

    mutating func match(op: String) -> Bool {
        if check(op: op) { advance(); return true }
        return false
    }

    mutating func match(keyword: String) -> Bool {
        if check(keyword: keyword) { advance(); return true }
        return false
    }

    func error(_ message: String = "invalid syntax", at token: Token? = nil) -> CompileError {
        let t = token ?? peek
        if t.kind == .eof { return CompileError("unexpected EOF while parsing", line: t.line, column: t.column) }
        if t.kind == .indent { return CompileError("unexpected indent", line: t.line, column: t.column, type: "IndentationError") }
        return CompileError(message, line: t.line, column: t.column, endColumn: t.endColumn)
    }

    mutating func expect(op: String, _ message: String? = nil) throws {
        guard match(op: op) else { throw error(message ?? "expected '\(op)'") }
    }

    mutating func expectName() throws -> String {
        guard peek.kind == .name, !pythonKeywords.contains(peek.text) else { throw error() }
        return advance().text
    }

    mutating func newFunctionId() -> Int {
        nextFunctionId += 1
        return nextFunctionId
    }

    func rangeFrom(_ start: Token) -> SourceRange {
        let end = previous
        return SourceRange(line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn)
    }

    // MARK: statements

    /// One statement line; simple statements separated by `;` come back as several.
    mutating func statement() throws -> [Stmt] {
        let start = peek
        if start.kind == .name {
            switch start.text {
            case "if": return [try ifStatement()]
            case "while": return [try whileStatement()]
            case "for": return [try forStatement()]
            case "def": return [try functionDef(decorators: [])]
            case "class": return [try classDef(decorators: [])]
            case "try": return [try tryStatement()]
            case "with": return [try withStatement()]
            default: break
            }
        }
        if check(op: "@") { return [try decorated()] }
        var statements = [try simpleStatement()]
        while match(op: ";") {
            if check(.newline) { break }
            statements.append(try simpleStatement())
        }
        if !check(.newline) && !isAtEnd {
            if case .expr(let e) = statements[statements.count - 1].kind, case .name(let n) = e.kind, n == "print" || n == "exec" {
                throw CompileError("Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?", line: e.range.line, column: e.range.column)
            }
            throw error()
        }
        if check(.newline) { advance() }
        return statements
    }

    mutating func block(after what: String, line: Int) throws -> [Stmt] {
        try expect(op: ":", "expected ':'")
        if !check(.newline) {
            // A one-line suite: `if x: y = 1; z = 2`
            var body = [try simpleStatement()]
            while match(op: ";") {
                if check(.newline) { break }
                body.append(try simpleStatement())
            }
            guard check(.newline) || isAtEnd else { throw error() }
            if check(.newline) { advance() }
            return body
        }
        advance()
        guard check(.indent) else {
            throw CompileError("expected an indented block after \(what) on line \(line)", line: peek.line, column: peek.column, type: "IndentationError")
        }
        advance()
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maxDepth { throw error("too many statically nested blocks") }
        var body: [Stmt] = []
        while !check(.dedent) && !isAtEnd {
            if check(.newline) { advance(); continue }
            if check(.indent) { throw error("unexpected indent") }
            body += try statement()
        }
        if check(.dedent) { advance() }
        return body
    }

    mutating func ifStatement() throws -> Stmt {
        let start = advance()
        let test = try namedExpression()
        let body = try block(after: "'\(start.text)' statement", line: start.line)
        var orElse: [Stmt] = []
        if check(keyword: "elif") {
            // An elif chain nests in the tree: bound it like any nesting.
            elifDepth += 1
            defer { elifDepth -= 1 }
            if elifDepth > TreeDepth.limit {
                throw CompileError("maximum recursion depth exceeded during compilation", line: peek.line, column: peek.column, type: "RecursionError")
            }
            orElse = [try ifStatement()]
        } else if check(keyword: "else") {
            let elseToken = advance()
            orElse = try block(after: "'else' statement", line: elseToken.line)
        }
        return Stmt(kind: .if(test: test, body: body, orElse: orElse), range: rangeOf(start))
    }

    func rangeOf(_ start: Token) -> SourceRange {
        SourceRange(line: start.line, column: start.column, endLine: start.line, endColumn: start.endColumn)
    }

    mutating func whileStatement() throws -> Stmt {
        let start = advance()
        let test = try namedExpression()
        let body = try block(after: "'while' statement", line: start.line)
        var orElse: [Stmt] = []
        if check(keyword: "else") {
            let e = advance()
            orElse = try block(after: "'else' statement", line: e.line)
        }
        return Stmt(kind: .while(test: test, body: body, orElse: orElse), range: rangeOf(start))
    }

    mutating func forStatement() throws -> Stmt {
        let start = advance()
        let target = try targetList()
        guard match(keyword: "in") else { throw error("invalid syntax") }
        let iter = try expressionList()
        let body = try block(after: "'for' statement", line: start.line)
        var orElse: [Stmt] = []
        if check(keyword: "else") {
            let e = advance()
            orElse = try block(after: "'else' statement", line: e.line)
        }
        return Stmt(kind: .for(target: target, iter: iter, body: body, orElse: orElse), range: SourceRange(line: start.line, column: start.column, endLine: iter.outerRange.endLine, endColumn: iter.outerRange.endColumn))
    }

    /// Targets of `for` and comprehensions: `x`, `i, x`, `(a, b), c`.
    mutating func targetList() throws -> Expr {
        let first = try bitOr(allowStar: true)
        guard check(op: ",") else { return try validateTarget(first) }
        var items = [first]
        while match(op: ",") {
            if check(keyword: "in") { break }
            items.append(try bitOr(allowStar: true))
        }
        let range = SourceRange(line: first.outerRange.line, column: first.outerRange.column, endLine: items.last!.outerRange.endLine, endColumn: items.last!.outerRange.endColumn)
        return try validateTarget(Expr(kind: .tuple(items), range: range))
    }

    mutating func decorated() throws -> Stmt {
        var decorators: [Expr] = []
        while match(op: "@") {
            decorators.append(try namedExpression())
            guard check(.newline) else { throw error() }
            advance()
        }
        if check(keyword: "def") { return try functionDef(decorators: decorators) }
        if check(keyword: "class") { return try classDef(decorators: decorators) }
        throw error()
    }

    mutating func functionDef(decorators: [Expr]) throws -> Stmt {
        let start = advance()
        let nameToken = peek
        let name = try expectName()
        try expect(op: "(", "expected '('")
        let params = try parameters(closing: ")")
        try expect(op: ")", "expected ')'")
        if match(op: "->") { _ = try expression() }
        let id = newFunctionId()
        let body = try block(after: "function definition", line: start.line)
        let fn = FunctionNode(id: id, name: name, params: params, body: body, range: rangeOf(nameToken))
        fn.isGenerator = containsYield(body)
        return Stmt(kind: .functionDef(fn, decorators: decorators), range: rangeOf(start))
    }

    /// Parameter list of `def` (closing ")") or `lambda` (closing ":").
    mutating func parameters(closing: String) throws -> [Param] {
        var params: [Param] = []
        var kind = ParamKind.positional
        var seenDefault = false
        var names = Set<String>()
        while !check(op: closing) {
            if match(op: "/") {
                // Positional-only marker: positional parameters stay positional for us.
            } else if match(op: "**") {
                let n = try expectName()
                if closing == ")" && match(op: ":") { _ = try expression() }
                params.append(Param(name: n, kind: .varKeywords, defaultValue: nil))
                names.insert(n)
                _ = match(op: ",")
                guard check(op: closing) else { throw error("arguments cannot follow var-keyword argument") }
                break
            } else if match(op: "*") {
                kind = .keywordOnly
                if peek.kind == .name {
                    let n = try expectName()
                    if closing == ")" && match(op: ":") { _ = try expression() }
                    params.append(Param(name: n, kind: .varArgs, defaultValue: nil))
                    names.insert(n)
                } else if check(op: ")") || check(op: ":") {
                    throw error("named arguments must follow bare *")
                }
            } else {
                let nameToken = peek
                let n = try expectName()
                if names.contains(n) {
                    throw CompileError("duplicate argument '\(n)' in function definition", line: nameToken.line, column: nameToken.column)
                }
                names.insert(n)
                if closing == ")" && match(op: ":") { _ = try expression() }
                var def: Expr? = nil
                if match(op: "=") {
                    def = try expression()
                    if kind == .positional { seenDefault = true }
                } else if kind == .positional && seenDefault {
                    throw CompileError("non-default argument follows default argument", line: nameToken.line, column: nameToken.column)
                }
                params.append(Param(name: n, kind: kind, defaultValue: def))
            }
            if !match(op: ",") { break }
        }
        return params
    }

    mutating func classDef(decorators: [Expr]) throws -> Stmt {
        let start = advance()
        let name = try expectName()
        var bases: [CallArg] = []
        if match(op: "(") {
            bases = try callArguments()
            try expect(op: ")")
        }
        let id = newFunctionId()
        let body = try block(after: "class definition", line: start.line)
        return Stmt(kind: .classDef(id: id, name: name, bases: bases, body: body, decorators: decorators), range: rangeOf(start))
    }

    mutating func tryStatement() throws -> Stmt {
        let start = advance()
        let body = try block(after: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        while check(keyword: "except") {
            let exceptToken = advance()
            var type: Expr? = nil
            var name: String? = nil
            if !check(op: ":") {
                type = try expression()
                if check(op: ",") {
                    // `except A, B:` is Python 2 syntax.
                    throw error("multiple exception types must be parenthesized")
                }
                if match(keyword: "as") { name = try expectName() }
            }
            let handlerBody = try block(after: "'except' statement", line: exceptToken.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, line: exceptToken.line))
        }
        var orElse: [Stmt] = []
        var finally: [Stmt] = []
        if check(keyword: "else") {
            guard !handlers.isEmpty else { throw error() }
            let e = advance()
            orElse = try block(after: "'else' statement", line: e.line)
        }
        if check(keyword: "finally") {
            let f = advance()
            finally = try block(after: "'finally' statement", line: f.line)
        }
        if handlers.isEmpty && finally.isEmpty {
            throw error("expected 'except' or 'finally' block")
        }
        return Stmt(kind: .try(body: body, handlers: handlers, orElse: orElse, finally: finally), range: rangeOf(start))
    }

    mutating func withStatement() throws -> Stmt {
        let start = advance()
        var items: [(Expr, Expr?)] = []
        let parenthesized = check(op: "(") && withItemsAreParenthesized()
        if parenthesized { advance() }
        repeat {
            if parenthesized && check(op: ")") { break }
            let context = try expression()
            var target: Expr? = nil
            if match(keyword: "as") { target = try validateTarget(try bitOr(allowStar: false)) }
            items.append((context, target))
        } while match(op: ",")
        if parenthesized { try expect(op: ")") }
        let body = try block(after: "'with' statement", line: start.line)
        return Stmt(kind: .with(items: items, body: body), range: rangeOf(start))
    }

    /// `with (open(a) as f, open(b) as g):` versus `with (a):` — look for `as` at depth 1.
    func withItemsAreParenthesized() -> Bool {
        var i = current + 1
        var level = 1
        while i < tokens.count, level > 0 {
            let t = tokens[i]
            if t.kind == .op && ["(", "[", "{"].contains(t.text) { level += 1 }
            if t.kind == .op && [")", "]", "}"].contains(t.text) { level -= 1 }
            if level == 1 && t.kind == .name && t.text == "as" { return true }
            if t.kind == .newline { return false }
            i += 1
        }
        return false
    }

    mutating func simpleStatement() throws -> Stmt {
        let start = peek
        if start.kind == .name {
            switch start.text {
            case "pass": advance(); return Stmt(kind: .pass, range: rangeOf(start))
            case "break": advance(); return Stmt(kind: .break, range: rangeOf(start))
            case "continue": advance(); return Stmt(kind: .continue, range: rangeOf(start))
            case "return":
                advance()
                var value: Expr? = nil
                if !check(.newline) && !check(op: ";") && !isAtEnd { value = try expressionList(allowStar: true) }
                return Stmt(kind: .return(value), range: rangeFrom(start))
            case "global", "nonlocal":
                advance()
                var names = [try expectName()]
                while match(op: ",") { names.append(try expectName()) }
                return Stmt(kind: start.text == "global" ? .global(names) : .nonlocal(names), range: rangeFrom(start))
            case "del":
                advance()
                var targets = [try validateTarget(try bitOr(allowStar: false), forDelete: true)]
                while match(op: ",") {
                    if check(.newline) { break }
                    targets.append(try validateTarget(try bitOr(allowStar: false), forDelete: true))
                }
                return Stmt(kind: .delete(targets), range: rangeFrom(start))
            case "import": return try importStatement()
            case "from": return try fromImport()
            case "raise":
                advance()
                var exc: Expr? = nil
                var cause: Expr? = nil
                if !check(.newline) && !check(op: ";") && !isAtEnd {
                    exc = try expression()
                    if match(keyword: "from") { cause = try expression() }
                }
                return Stmt(kind: .raise(exc, cause: cause), range: rangeFrom(start))
            case "assert":
                advance()
                let test = try expression()
                var message: Expr? = nil
                if match(op: ",") { message = try expression() }
                return Stmt(kind: .assert(test: test, message: message), range: rangeFrom(start))
            default: break
            }
        }
        return try expressionStatement()
    }

    mutating func dottedName() throws -> String {
        var name = try expectName()
        while match(op: ".") { name += "." + (try expectName()) }
        return name
    }

    mutating func importStatement() throws -> Stmt {
        let start = advance()
        var items: [(String, String?)] = []
        repeat {
            let module = try dottedName()
            var asName: String? = nil
            if match(keyword: "as") { asName = try expectName() }
            items.append((module, asName))
        } while match(op: ",")
        return Stmt(kind: .import(items), range: rangeFrom(start))
    }

    mutating func fromImport() throws -> Stmt {
        let start = advance()
        var level = 0
        while check(op: ".") || check(op: "...") {
            level += advance().text.count
        }
        var module = ""
        if !check(keyword: "import") { module = try dottedName() }
        guard match(keyword: "import") else { throw error() }
        var names: [(String, String?)] = []
        if match(op: "*") {
            names = [("*", nil)]
        } else {
            let parenthesized = match(op: "(")
            repeat {
                if parenthesized && check(op: ")") { break }
                let name = try expectName()
                var asName: String? = nil
                if match(keyword: "as") { asName = try expectName() }
                names.append((name, asName))
            } while match(op: ",")
            if parenthesized { try expect(op: ")") }
            else if names.isEmpty { throw error() }
        }
        return Stmt(kind: .importFrom(module: module, level: level, names: names), range: rangeFrom(start))
    }

    mutating func expressionStatement() throws -> Stmt {
        let start = peek
        let first = try expressionList(allowStar: true)
        if check(op: "=") {
            var targets = [try validateTarget(first)]
            var value = first
            while match(op: "=") {
                value = try expressionList(allowStar: true)
                if check(op: "=") { targets.append(try validateTarget(value)) }
            }
            return Stmt(kind: .assign(targets: targets, value: value), range: rangeFrom(start))
        }
        if peek.kind == .op, peek.text.count >= 2, peek.text.hasSuffix("="),
           let op = BinaryOp(rawValue: String(peek.text.dropLast())) {
            switch first.kind {
            case .name, .attribute, .index: break
            default:
                throw CompileError("'\(describe(first))' is an illegal expression for augmented assignment", line: first.range.line, column: first.range.column)
            }
            advance()
            let value = try expressionList(allowStar: false)
            return Stmt(kind: .augAssign(target: first, op: op, value: value), range: rangeFrom(start))
        }
        if match(op: ":") {
            let target = try validateTarget(first)
            _ = try expression()
            var value: Expr? = nil
            if match(op: "=") { value = try expressionList(allowStar: true) }
            return Stmt(kind: .annAssign(target: target, value: value), range: rangeFrom(start))
        }
        return Stmt(kind: .expr(first), range: first.outerRange)
    }

    /// Checks that an expression can be assigned to, with CPython's wording when not.
    func validateTarget(_ e: Expr, forDelete: Bool = false) throws -> Expr {
        switch e.kind {
        case .name, .attribute, .index: return e
        case .tuple(let items), .list(let items):
            for item in items { _ = try validateTarget(item, forDelete: forDelete) }
            return e
        case .starred(let inner) where !forDelete:
            _ = try validateTarget(inner)
            return e
        default:
            let what = describe(e)
            var message = forDelete ? "cannot delete \(what)" : "cannot assign to \(what)"
            if !forDelete && ["literal", "function call", "expression", "conditional expression"].contains(what) {
                message += " here. Maybe you meant '==' instead of '='?"
            }
            throw CompileError(message, line: e.range.line, column: e.range.column, endColumn: e.range.endColumn)
        }
    }

    /// Words CPython uses for a node in "cannot assign to ..." messages.
    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .int, .float, .string, .bytes, .true, .false, .none, .ellipsis, .fstring: return e.kindIsKeywordConstant ? e.keywordText : "literal"
        case .call: return "function call"
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .lambda: return "lambda"
        case .listComp: return "list comprehension"
        case .dictComp: return "dict comprehension"
        case .setComp: return "set comprehension"
        case .generator: return "generator expression"
        case .tuple: return "tuple"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .walrus: return "named expression"
        default: return "expression"
        }
    }

    func containsYield(_ body: [Stmt]) -> Bool {
        // Generators are detected by the resolver walk; see Resolver.containsYield.
        Resolver.bodyContainsYield(body)
    }
}

extension Expr {
    var kindIsKeywordConstant: Bool {
        switch kind {
        case .true, .false, .none, .ellipsis: return true
        default: return false
        }
    }

    var keywordText: String {
        switch kind {
        case .true: return "True"
        case .false: return "False"
        case .none: return "None"
        default: return "ellipsis"
        }
    }
}
