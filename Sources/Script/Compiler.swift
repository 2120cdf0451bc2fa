/// Turns the resolved AST into a tree of Swift closures: each node becomes a closure that
/// captures its children's closures and its pre-resolved variable locations, so running
/// code never looks at AST nodes or name tables. Statements: CompilerStatements.swift;
/// expressions: CompilerExpressions.swift.
final class Compiler {
    unowned let interp: Interpreter
    let scopes: [Int: Scope]
    let filename: String
    let module: PyModule
    var scope: Scope
    /// Comprehension renames in effect (the resolver applies the same ones).
    var renames: [[String: String]] = []
    /// Qualified-name prefix for functions and classes (`Outer.method.<locals>.`).
    var qualifiedPrefix = ""
    var functionName = "<module>"
    /// The source, for traceback anchors computed at compile time.
    var sourceLines: [[Unicode.Scalar]] = []

    init(interp: Interpreter, scopes: [Int: Scope], filename: String, module: PyModule) {
        self.interp = interp
        self.scopes = scopes
        self.filename = filename
        self.module = module
        self.scope = scopes[0] ?? Scope(kind: .module, id: 0)
    }

    /// Compiles a module body; with `echo`, a final bare expression's value is kept in
    /// the frame's return value (for the REPL).
    func compileModule(_ body: [Stmt], echo: Bool) throws -> CodeObject {
        var statements = body
        var echoExpr: Expr? = nil
        if echo, let last = statements.last, case .expr(let e) = last.kind {
            echoExpr = e
            statements.removeLast()
        }
        var code = try block(statements)
        if let e = echoExpr {
            let prefix = code
            let value = try expression(e)
            let stmt = wrapStatement(Stmt(kind: .expr(e), range: e.range)) { f in
                f.returnValue = try value(f)
                return .normal
            }
            code = { f in
                _ = try prefix(f)
                return try stmt(f)
            }
        }
        let result = CodeObject(name: "<module>", qualifiedName: "<module>", filename: filename, params: [], slotNames: scope.slotNames,
                                cellParameters: [], ownCellCount: scope.cellVars.count + scope.freeVars.count, cellNames: scope.cellVars, firstLine: 1, isGenerator: false,
                                body: code)
        return result
    }

    // MARK: names

    func renamed(_ name: String) -> String {
        for map in renames.reversed() {
            if let n = map[name] { return n }
        }
        return name
    }

    func loadName(_ source: String, range: SourceRange? = nil) -> ExprCode {
        let name = renamed(source)
        let displayName = source
        unowned(unsafe) let interp = self.interp
        switch scope.locate(name) {
        case .slot(let i):
            return { f in
                if let v = f.slots[i] { return v }
                throw unboundLocal(displayName, range: range)
            }
        case .cell(let i):
            return { f in
                if let v = f.cells[i].value { return v }
                throw PyException(.nameError, "cannot access free variable '\(displayName)' where it is not associated with a value in enclosing scope")
            }
        case .global(let n):
            let box = module.box(n)
            let miss = GlobalMiss(interp: interp, builtin: interp.builtinsModule.box(n), name: n, range: range)
            if scope.kind == .function {
                // A NameError's suggestion looks at the function's bound locals first.
                miss.localSlots = scope.slotNames.enumerated().filter { !$0.element.contains("@") }.map { ($0.element, $0.offset) }
                miss.localCells = (scope.cellVars + scope.freeVars).enumerated().map { ($0.element, $0.offset) }
            }
            // Two captures: the closure's context is unpacked on every read.
            return { f in
                if let v = box.value { return v }
                return try miss.load(f)
            }
        case .classNamespace(let n):
            let box = module.box(n)
            let builtin = interp.builtinsModule.box(n)
            return { f in
                if let v = f.namespace?[n] { return v }
                if let v = box.value { return v }
                if let v = builtin.value { return v }
                let e = interp.nameError(n)
                if let r = range { e.notePending(r) }
                throw e
            }
        }
    }

    /// A closure that stores into a name.
    func storeName(_ source: String) -> (Frame, consuming Value) -> Void {
        let name = renamed(source)
        switch scope.locate(name) {
        case .slot(let i): return { f, v in f.slots[i] = v }
        case .cell(let i): return { f, v in f.cells[i].value = v }
        case .global(let n):
            let box = module.box(n)
            return { _, v in box.value = v }
        case .classNamespace(let n):
            return { f, v in f.namespace?[n] = v }
        }
    }

    func deleteName(_ source: String) -> (Frame) throws -> Void {
        let name = renamed(source)
        unowned(unsafe) let interp = self.interp
        switch scope.locate(name) {
        case .slot(let i):
            return { f in
                if f.slots[i] == nil { throw PyException(.unboundLocalError, "cannot access local variable '\(source)' where it is not associated with a value") }
                f.slots[i] = nil
            }
        case .cell(let i): return { f in f.cells[i].value = nil }
        case .global(let n):
            let box = module.box(n)
            return { _ in
                if box.value == nil { throw interp.nameError(n) }
                box.value = nil
            }
        case .classNamespace(let n):
            return { f in
                if f.namespace?.removeValue(forKey: n) == nil { throw interp.nameError(n) }
            }
        }
    }

    // MARK: functions

    /// Compiles a function body in its own scope and returns its code object plus, for
    /// each free variable, where the defining frame finds the cell.
    func compileFunction(_ fn: FunctionNode) throws -> (CodeObject, [Int]) {
        guard let fnScope = scopes[fn.id] else { throw CompileError("internal: no scope for function", line: fn.range.line, column: fn.range.column) }
        let saved = (scope, qualifiedPrefix, functionName)
        let qualified = qualifiedPrefix + fn.name
        scope = fnScope
        qualifiedPrefix = qualified + ".<locals>."
        functionName = fn.name
        // Parameters shadow comprehension variables of the same name.
        renames.append(Dictionary(fn.params.map { ($0.name, $0.name) }, uniquingKeysWith: { a, _ in a }))
        defer {
            (scope, qualifiedPrefix, functionName) = saved
            renames.removeLast()
        }
        let cellParams = fn.params.enumerated().compactMap { (i, p) -> (Int, Int)? in
            fnScope.cellVars.firstIndex(of: p.name).map { (i, $0) }
        }
        let body = try block(fn.body)
        let code = CodeObject(name: fn.name, qualifiedName: qualified, filename: filename, params: fn.params, slotNames: fnScope.slotNames,
                              cellParameters: cellParams, ownCellCount: fnScope.cellVars.count, cellNames: fnScope.cellVars + fnScope.freeVars,
                              firstLine: fn.range.line, isGenerator: fn.isGenerator, body: body)
        // Where the enclosing scope keeps each cell this function closes over.
        let captures = fnScope.freeVars.map { saved.0.cellIndex($0) ?? -1 }
        return (code, captures)
    }

    /// Code that creates a function object at run time (evaluating defaults then).
    func makeFunction(_ fn: FunctionNode) throws -> ExprCode {
        let defaultExprs = try fn.params.filter { $0.kind == .positional && $0.defaultValue != nil }.map { try expression($0.defaultValue!) }
        let kwDefaultExprs = try fn.params.filter { $0.kind == .keywordOnly && $0.defaultValue != nil }.map { ($0.name, try expression($0.defaultValue!)) }
        let (code, captures) = try compileFunction(fn)
        let module = self.module
        let doc = fn.docstring
        if captures.contains(-1) {
            throw CompileError("internal: unresolved closure variable", line: fn.range.line, column: fn.range.column)
        }
        return { f in
            var defaults: [Value] = []
            defaults.reserveCapacity(defaultExprs.count)
            for d in defaultExprs { defaults.append(try d(f)) }
            var kwDefaults: [String: Value] = [:]
            for (n, d) in kwDefaultExprs { kwDefaults[n] = try d(f) }
            let closure = captures.map { f.cells[$0] }
            let function = PyFunction(code: code, module: module, defaults: defaults, keywordDefaults: kwDefaults, closure: closure)
            if let doc { function.attributes["__doc__"] = .str(doc) }
            return .object(function)
        }
    }
}

/// What reading a module variable does when the module has no such name: the builtin of
/// that name, else NameError.
final class GlobalMiss {
    unowned(unsafe) let interp: Interpreter
    let builtin: GlobalBox
    let name: String
    let range: SourceRange?

    init(interp: Interpreter, builtin: GlobalBox, name: String, range: SourceRange?) {
        self.interp = interp
        self.builtin = builtin
        self.name = name
        self.range = range
    }

    /// In a function: its locals (slot or cell index by name), for the suggestion.
    var localSlots: [(String, Int)] = []
    var localCells: [(String, Int)] = []

    func load(_ f: Frame? = nil) throws -> Value {
        if let v = builtin.value { return v }
        let e = interp.nameError(name)
        if let f, !localSlots.isEmpty || !localCells.isEmpty {
            let bound = localSlots.filter { f.slots[$0.1] != nil }.map { $0.0 } + localCells.filter { f.cells[$0.1].value != nil }.map { $0.0 }
            if let s = closestName(name, bound) { e.suggestion = s }
        }
        if let r = range { e.notePending(r) }
        throw e
    }
}
