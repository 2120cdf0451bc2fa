/// Compiling statements. An exception passing through a statement records a traceback entry
/// (file, line, failing expression) once per frame.
extension Compiler {
    /// A statement sequence. Short blocks (function bodies, loop bodies) chain closures
    /// directly, so no closure passes through an array (which would add reabstraction
    /// thunks to every call); long ones (module bodies) loop over an array.
    func block(_ body: [Stmt]) throws -> StmtCode {
        if body.isEmpty { return { _ in .normal } }
        if body.count > 16 {
            let codes = try body.map { try statement($0) }
            return { f in
                for c in codes {
                    let r = try c(f)
                    if case .normal = r { continue }
                    return r
                }
                return .normal
            }
        }
        if case .if(let test, let thenBody, let elseBody) = body[0].kind, body.count > 1 {
            return try ifStatement(test, thenBody, elseBody) {
                IfParts.Rest(statements: try self.branch(Array(body.dropFirst())), site: StatementSite(self, body[0]))
            }
        }
        // Each link runs one statement's body and records the traceback entry itself, so a
        // statement costs one closure call rather than two (body plus wrapper).
        let head = try statementBody(body[0])
        if body.count == 1 { return wrapStatement(body[0], head) }
        let site = StatementSite(self, body[0])
        if body.count == 2 {
            // The last link runs its statement itself too: one closure call fewer per pass
            // (a function body `if ...: return ...` / `return ...`, a two-line loop body).
            let last = try statementBody(body[1])
            let lastSite = StatementSite(self, body[1])
            return { f in
                let r: Flow
                do { r = try head(f) } catch let e as PyException {
                    site.record(e, in: f)
                    throw e
                }
                guard case .normal = r else { return r }
                do { return try last(f) } catch let e as PyException {
                    lastSite.record(e, in: f)
                    throw e
                }
            }
        }
        let rest = try block(Array(body.dropFirst()))
        return { f in
            let r: Flow
            do { r = try head(f) } catch let e as PyException {
                site.record(e, in: f)
                throw e
            }
            if case .normal = r { return try rest(f) }
            return r
        }
    }

    func wrapStatement(_ s: Stmt, _ code: @escaping StmtCode) -> StmtCode {
        let site = StatementSite(self, s)
        return { f in
            do {
                return try code(f)
            } catch let e as PyException {
                site.record(e, in: f)
                throw e
            }
        }
    }

    /// The body of an `if`, `else` or loop. One statement (the usual case: `return x`,
    /// `x += 1`) runs straight from the enclosing closure, which records its traceback entry:
    /// one closure call fewer than a block's wrapper around it.
    struct Branch {
        let code: StmtCode
        /// Set for a one-statement branch, whose code does not record its own entry.
        let site: StatementSite?

        @inline(__always) func run(_ f: Frame) throws -> Flow {
            // No `if let site` first: binding the site would retain and release it each run.
            do { return try code(f) } catch let e as PyException {
                site?.record(e, in: f)
                throw e
            }
        }
    }

    func branch(_ body: [Stmt]) throws -> Branch {
        if body.count == 1 { return Branch(code: try statementBody(body[0]), site: StatementSite(self, body[0])) }
        return Branch(code: try block(body), site: nil)
    }

    func statement(_ s: Stmt) throws -> StmtCode {
        wrapStatement(s, try statementBody(s))
    }

    /// Where a statement stands, for the traceback entry of an exception passing through it.
    /// A class, so the closures of statements capture it as one reference: a closure unpacks
    /// all of its captures on every call, and these are read only when an exception passes.
    final class StatementSite {
        let filename: String
        let range: SourceRange
        let functionName: String

        init(_ compiler: Compiler, _ s: Stmt) {
            filename = compiler.filename
            range = s.range
            functionName = compiler.functionName
        }

        func record(_ e: PyException, in f: Frame) {
            e.record(frame: f, filename: filename, line: range.line, statementRange: range, functionName: functionName)
        }
    }

    private func statementBody(_ s: Stmt) throws -> StmtCode {
        unowned(unsafe) let interp = self.interp
        switch s.kind {
        case .expr(let e):
            let code = try expression(e)
            return { f in
                _ = try code(f)
                return .normal
            }
        case .assign(let targets, let value):
            let valueCode = try expression(value)
            if targets.count == 1 {
                let store = try assignTarget(targets[0])
                return { f in
                    try store(f, try valueCode(f))
                    return .normal
                }
            }
            let stores = try targets.map { try assignTarget($0) }
            return { f in
                let v = try valueCode(f)
                for st in stores { try st(f, v) }
                return .normal
            }
        case .augAssign(let target, let op, let value):
            return try augmentedAssignment(target, op, value, range: s.range)
        case .annAssign(let target, let value):
            guard let value = value else { return { _ in .normal } }
            let valueCode = try expression(value)
            let store = try assignTarget(target)
            return { f in
                try store(f, try valueCode(f))
                return .normal
            }
        case .if(let test, let body, let orElse):
            return try ifStatement(test, body, orElse, rest: nil)
        case .while(let test, let body, let orElse):
            let t = try condition(test)
            let b = try branch(body)
            let o = orElse.isEmpty ? nil : try block(orElse)
            let unretained = UnretainedInterpreter(interp)
            return { f in
                while try t(f) {
                    try unretained.tick()
                    switch try b.run(f) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: continue
                    }
                }
                if let o = o { return try o(f) }
                return .normal
            }
        case .for(let target, let iter, let body, let orElse):
            return try forLoop(target, iter, body, orElse)
        case .functionDef(let fn, let decorators):
            let decoratorCodes = try decorators.map { try expression($0) }
            let make = try makeFunction(fn)
            let store = storeName(fn.name)
            let decoratorRanges = decorators.map(\.range)
            return { f in
                // As CPython: the decorators are evaluated first, then applied innermost first,
                // each call's errors pointing at its decorator.
                let decoratorValues = try decoratorCodes.map { try $0(f) }
                var fnValue = try make(f)
                for (decorator, site) in zip(decoratorValues, decoratorRanges).reversed() {
                    do { fnValue = try interp.call(decorator, [fnValue]) } catch let e as PyException {
                        e.notePending(site)
                        throw e
                    }
                }
                store(f, fnValue)
                return .normal
            }
        case .classDef(let id, let name, let bases, let body, let decorators):
            return try classDefinition(id: id, name: name, bases: bases, body: body, decorators: decorators)
        case .return(let value):
            guard let value = value else {
                return { f in
                    f.returnValue = .none
                    return .returned
                }
            }
            if let local = localOperand(value) {
                return { f in
                    f.returnValue = try local.read(f)
                    return .returned
                }
            }
            let code = try expression(value)
            return { f in
                f.returnValue = try code(f)
                return .returned
            }
        case .pass: return { _ in .normal }
        case .break: return { _ in .breakLoop }
        case .continue: return { _ in .continueLoop }
        case .delete(let targets):
            let codes = try targets.map { try deleteTarget($0) }
            return { f in
                for c in codes { try c(f) }
                return .normal
            }
        case .global, .nonlocal: return { _ in .normal }
        case .import(let items):
            return try importStatement(items)
        case .importFrom(let module, let level, let names):
            return try importFrom(module, level: level, names: names)
        case .raise(let exc, let cause):
            return try raiseStatement(exc, cause, range: s.range)
        case .try(let body, let handlers, let orElse, let finally):
            return try tryStatement(body, handlers, orElse, finally)
        case .with(let items, let body):
            return try withStatement(items, body)
        case .assert(let test, let message):
            let t = try condition(test)
            let m = try message.map { try expression($0) }
            let range = lastComparison(in: test) ?? s.range
            return { f in
                if try !t(f) {
                    let args = try m.map { [try $0(f)] } ?? []
                    let e = PyException(cls: .assertionError, args: args)
                    e.notePending(range)
                    throw e
                }
                return .normal
            }
        }
    }

    /// Where CPython 3.11 points a failed `assert`: at the last comparison its test's
    /// jumps were compiled from (through `not`, `and`/`or` and conditional expressions),
    /// whose place its compiler keeps for the raise; without one, at the statement.
    private func lastComparison(in e: Expr) -> SourceRange? {
        switch e.kind {
        case .compare: return e.range
        case .unary(.not, let inner): return lastComparison(in: inner)
        case .boolean(_, let items): return items.reversed().lazy.compactMap { self.lastComparison(in: $0) }.first
        case .conditional(let test, let body, let orElse):
            return lastComparison(in: orElse) ?? lastComparison(in: body) ?? lastComparison(in: test)
        default: return nil
        }
    }

    /// A test expression compiled straight to Bool, with fast paths for comparisons.
    func condition(_ e: Expr) throws -> (Frame) throws -> Bool {
        unowned(unsafe) let interp = self.interp
        if case .compare(let left, let rest) = e.kind, rest.count == 1 {
            return try specialisedTest(left, rest[0].1, Comparison(interp: interp, op: rest[0].0, range: e.range, form: .test))
        }
        if case .unary(.not, let inner) = e.kind {
            let c = try condition(inner)
            return { f in try !c(f) }
        }
        let code = try expression(e)
        return { f in
            let v = try code(f)
            if case .bool(let b) = v { return b }
            return try interp.isTruthy(v)
        }
    }

    private func forLoop(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws -> StmtCode {
        unowned(unsafe) let interp = self.interp
        let unretained = UnretainedInterpreter(self.interp)
        let iterCode = try expression(iter)
        let store = try loopTarget(target)
        let b = try branch(body)
        let o = orElse.isEmpty ? nil : try block(orElse)
        return { f in
            let iterable = try iterCode(f)
            if case .object(let obj) = iterable, let r = obj as? PyRange {
                // `for i in range(...)`: ints straight from the range.
                var exit: Flow? = nil
                try r.forEachInt { i in
                    try unretained.tick()
                    try store.store(f, .int(i))
                    switch try b.run(f) {
                    case .breakLoop: exit = .normal
                    case .returned: exit = .returned
                    default: return true
                    }
                    return false
                }
                if let exit { return exit }
            } else if case .object(let obj) = iterable, let list = obj as? PyList {
                // Python re-checks the length each step, so appending while iterating works.
                var i = 0
                while i < list.items.count {
                    try unretained.tick()
                    try store.store(f, list.items[i])
                    i += 1
                    switch try b.run(f) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: break
                    }
                }
            } else {
                let next = try interp.makeIterator(iterable)
                while let item = try next() {
                    try unretained.tick()
                    try store.store(f, item)
                    switch try b.run(f) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: break
                    }
                }
            }
            if let o = o { return try o(f) }
            return .normal
        }
    }

    /// A closure that assigns a value to a target (name, attribute, subscript, or an
    /// unpacking pattern).
    func assignTarget(_ target: Expr) throws -> (Frame, consuming Value) throws -> Void {
        unowned(unsafe) let interp = self.interp
        let range = target.range
        switch target.kind {
        case .name(let n):
            let store = storeName(n)
            return { f, v in store(f, v) }
        case .attribute(let obj, let name):
            let o = try expression(obj)
            let site = attributeSite(target, range)
            return { f, v in
                let target = try o(f)
                do { try interp.setAttribute(target, name, v) } catch let e as PyException {
                    e.notePending(site)
                    throw e
                }
            }
        case .index(let obj, let index):
            return try specialisedStore(obj, index, Subscript(interp: interp, range: range, subscriptAnchor: subscriptAnchor(obj, range), isStore: true))
        case .tuple(let items), .list(let items):
            let starIndex = items.firstIndex { if case .starred = $0.kind { return true } else { return false } }
            let stores = try items.map { item -> (Frame, consuming Value) throws -> Void in
                if case .starred(let inner) = item.kind { return try assignTarget(inner) }
                return try assignTarget(item)
            }
            if items.filter({ if case .starred = $0.kind { return true } else { return false } }).count > 1 {
                throw CompileError("multiple starred expressions in assignment", line: target.range.line, column: target.range.column)
            }
            let count = items.count
            return { f, v in
                let values: [Value]
                do { values = try interp.unpack(v, count: count, starIndex: starIndex) } catch let e as PyException {
                    e.notePending(range)
                    throw e
                }
                for (k, st) in stores.enumerated() { try st(f, values[k]) }
            }
        case .starred:
            throw CompileError("starred assignment target must be in a list or tuple", line: target.range.line, column: target.range.column)
        default:
            throw CompileError("cannot assign to expression", line: target.range.line, column: target.range.column)
        }
    }

    private func deleteTarget(_ target: Expr) throws -> (Frame) throws -> Void {
        unowned(unsafe) let interp = self.interp
        let range = target.range
        switch target.kind {
        case .name(let n):
            let delete = deleteName(n)
            return { f in
                do { try delete(f) } catch let e as PyException {
                    e.notePending(range)
                    throw e
                }
            }
        case .attribute(let obj, let name):
            let o = try expression(obj)
            let site = attributeSite(target, range)
            return { f in
                let target = try o(f)
                do { try interp.deleteAttribute(target, name) } catch let e as PyException {
                    e.notePending(site)
                    throw e
                }
            }
        case .index(let obj, let index):
            let o = try expression(obj)
            let i = try expression(index)
            let anchor = subscriptAnchor(obj, range)
            return { f in
                let container = try o(f)
                let key = try i(f)
                do { try interp.deleteItem(container, key) } catch let e as PyException {
                    e.notePending(range, operator: anchor)
                    throw e
                }
            }
        case .tuple(let items), .list(let items):
            let codes = try items.map { try deleteTarget($0) }
            return { f in for c in codes { try c(f) } }
        default:
            throw CompileError("cannot delete expression", line: target.range.line, column: target.range.column)
        }
    }

    private func augmentedAssignment(_ target: Expr, _ op: BinaryOp, _ value: Expr, range: SourceRange) throws -> StmtCode {
        unowned(unsafe) let interp = self.interp
        let valueCode = try expression(value)
        let exprRange = range
        switch target.kind {
        case .name(let n):
            let plainRead: Bool
            switch value.kind {
            case .name, .int, .float, .string: plainRead = true
            default: plainRead = false
            }
            return specialise(variable: n, AugmentedAssignment(interp: interp, op: op, value: valueCode, valueIsPlainRead: plainRead, range: exprRange))
        case .attribute(let obj, let name):
            // Carets as CPython draws them: the target for its read and write, the whole
            // statement for the operator.
            let o = try expression(obj)
            let targetRange = attributeSite(target, target.range)
            return { f in
                let target = try o(f)
                let current = try anchoringErrors(at: targetRange) { try interp.getAttribute(target, name) }
                let rhs = try valueCode(f)
                let result = try anchoringErrors(at: exprRange) { try interp.inPlace(op, current, rhs) }
                try anchoringErrors(at: targetRange) { try interp.setAttribute(target, name, result) }
                return .normal
            }
        case .index(let obj, let index):
            let o = try expression(obj)
            let i = try expression(index)
            let targetRange = target.range
            let anchor = subscriptAnchor(obj, targetRange)
            return { f in
                let container = try o(f)
                let key = try i(f)
                let current = try anchoringErrors(at: targetRange, operator: anchor) { try interp.getItem(container, key) }
                let rhs = try valueCode(f)
                let result = try anchoringErrors(at: exprRange) { try interp.inPlace(op, current, rhs) }
                try anchoringErrors(at: targetRange, operator: anchor) { try interp.setItem(container, key, result) }
                return .normal
            }
        default:
            throw CompileError("illegal expression for augmented assignment", line: target.range.line, column: target.range.column)
        }
    }

    private func classDefinition(id: Int, name: String, bases: [CallArg], body: [Stmt], decorators: [Expr]) throws -> StmtCode {
        unowned(unsafe) let interp = self.interp
        guard let classScope = scopes[id] else { throw CompileError("internal: no class scope", line: 0, column: 0) }
        let decoratorCodes = try decorators.map { try expression($0) }
        var baseCodes: [ExprCode] = []
        for b in bases {
            switch b {
            case .positional(let e): baseCodes.append(try expression(e))
            case .keyword: break // metaclass= and friends are accepted and ignored
            default: throw CompileError("unsupported class base", line: 0, column: 0)
            }
        }
        let saved = (scope, qualifiedPrefix, functionName)
        let qualified = qualifiedPrefix + name
        scope = classScope
        qualifiedPrefix = qualified + "."
        functionName = name
        let bodyCode = try block(body)
        let cellCaptures = classScope.freeVars.map { saved.0.cellIndex($0) ?? 0 }
        (scope, qualifiedPrefix, functionName) = saved
        let store = storeName(name)
        let moduleName = module.name
        let slotCount = classScope.slotNames.count
        let ownCells = classScope.cellVars.count
        let doc = docstring(of: body)
        let decoratorRanges = decorators.map(\.range)
        return { f in
            let decoratorValues = try decoratorCodes.map { try $0(f) }
            var baseClasses: [PyClass] = []
            for code in baseCodes {
                let b = try code(f)
                guard case .object(let o) = b, let cls = o as? PyClass else {
                    throw PyException(.typeError, "bases must be types")
                }
                baseClasses.append(cls)
            }
            let frame = Frame.make(slotCount: slotCount, cells: (0..<ownCells).map { _ in Cell() } + cellCaptures.map { f.cells[$0] }, module: f.module, function: nil)
            frame.namespace = ["__module__": .str(moduleName), "__qualname__": .str(qualified)]
            if let doc { frame.namespace?["__doc__"] = .str(doc) }
            _ = try bodyCode(frame)
            var cls: Value = .object(try interp.makeClass(name: name, module: moduleName, bases: baseClasses, namespace: frame.namespace ?? [:]))
            for (decorator, site) in zip(decoratorValues, decoratorRanges).reversed() {
                do { cls = try interp.call(decorator, [cls]) } catch let e as PyException {
                    e.notePending(site)
                    throw e
                }
            }
            store(f, cls)
            return .normal
        }
    }

    private func raiseStatement(_ exc: Expr?, _ cause: Expr?, range: SourceRange) throws -> StmtCode {
        unowned(unsafe) let interp = self.interp
        guard let exc = exc else {
            return { f in
                if let e = f.handling ?? interp.currentlyHandled.last { throw e }
                throw PyException(.runtimeError, "No active exception to reraise")
            }
        }
        let e = try expression(exc)
        let c = try cause.map { try expression($0) }
        return { f in
            let exception = try interp.makeException(try e(f))
            if let c = c {
                let causeValue = try c(f)
                if causeValue.isNone {
                    exception.cause = nil
                } else {
                    exception.cause = try interp.makeException(causeValue)
                }
                exception.suppressContext = true
            }
            if exception.context == nil, let handling = f.handling ?? interp.currentlyHandled.last, handling !== exception {
                exception.context = handling
            }
            // Raised again, an exception gets a new entry for this line on top of the ones it
            // has (even from this frame), as CPython's traceback grows; the carets cover the statement.
            exception.recordedFrame = nil
            exception.pendingRange = nil
            exception.pendingOperator = nil
            exception.notePending(range)
            throw exception
        }
    }

    private func tryStatement(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finally: [Stmt]) throws -> StmtCode {
        unowned(unsafe) let interp = self.interp
        let bodyCode = try block(body)
        let handlerCodes = try handlers.map { h -> (ExprCode?, ((Frame, consuming Value) -> Void)?, ((Frame) throws -> Void)?, StmtCode) in
            (try h.type.map { try expression($0) }, h.name.map { storeName($0) }, h.name.map { deleteName($0) }, try block(h.body))
        }
        let elseCode = orElse.isEmpty ? nil : try block(orElse)
        let finallyCode = finally.isEmpty ? nil : try block(finally)

        let tryExcept: StmtCode = handlerCodes.isEmpty ? { f in
            let r = try bodyCode(f)
            if case .normal = r, let e = elseCode { return try e(f) }
            return r
        } : { f in
            let flow: Flow
            do {
                flow = try bodyCode(f)
            } catch let error as PyException {
                for (typeCode, store, delete, handler) in handlerCodes {
                    if let typeCode = typeCode {
                        let type = try typeCode(f)
                        guard try interp.exceptionMatches(error, type) else { continue }
                    }
                    store?(f, .object(error))
                    let saved = f.handling
                    f.handling = error
                    interp.currentlyHandled.append(error)
                    defer {
                        f.handling = saved
                        interp.currentlyHandled.removeLast()
                    }
                    do {
                        let r = try handler(f)
                        try? delete?(f)
                        return r
                    } catch let inner as PyException {
                        if inner !== error && inner.context == nil { inner.context = error }
                        try? delete?(f)
                        throw inner
                    }
                }
                throw error
            }
            if case .normal = flow, let e = elseCode { return try e(f) }
            return flow
        }
        guard let fin = finallyCode else { return tryExcept }
        return { f in
            let flow: Flow
            do {
                flow = try tryExcept(f)
            } catch let error as PyException {
                interp.currentlyHandled.append(error)
                let r: Flow
                do {
                    r = try fin(f)
                } catch let inner as PyException {
                    interp.currentlyHandled.removeLast()
                    if inner.context == nil && inner !== error { inner.context = error }
                    throw inner
                }
                interp.currentlyHandled.removeLast()
                // A return/break in finally swallows the exception, as in Python.
                if case .normal = r { throw error }
                return r
            }
            let r = try fin(f)
            if case .normal = r { return flow }
            return r
        }
    }

    private func withStatement(_ items: [(context: Expr, target: Expr?)], _ body: [Stmt]) throws -> StmtCode {
        unowned(unsafe) let interp = self.interp
        var code = try block(body)
        for (contextExpr, target) in items.reversed() {
            let ctx = try expression(contextExpr)
            let store = try target.map { try assignTarget($0) }
            let inner = code
            code = { f in
                let manager = try ctx(f)
                let exit = try interp.getAttribute(manager, "__exit__")
                let entered = try interp.callMethod(manager, "__enter__", [])
                if let store = store { try store(f, entered) }
                let flow: Flow
                do {
                    flow = try inner(f)
                } catch let error as PyException {
                    let suppress = try interp.call(exit, [.object(error.cls), .object(error), .none])
                    if try interp.isTruthy(suppress) { return .normal }
                    throw error
                }
                _ = try interp.call(exit, [.none, .none, .none])
                return flow
            }
        }
        return code
    }

    private func importStatement(_ items: [(module: String, asName: String?)]) throws -> StmtCode {
        unowned(unsafe) let interp = self.interp
        let actions = items.map { item -> (String, String?, (Frame, consuming Value) -> Void) in
            let bindName = item.asName ?? String(item.module.split(separator: ".")[0])
            return (item.module, item.asName, storeName(bindName))
        }
        return { f in
            for (name, asName, store) in actions {
                let leaf = try interp.importModule(name)
                if asName != nil {
                    store(f, .object(leaf))
                } else {
                    let top = String(name.split(separator: ".")[0])
                    store(f, .object(try interp.importModule(top)))
                }
            }
            return .normal
        }
    }

    private func importFrom(_ moduleName: String, level: Int, names: [(name: String, asName: String?)]) throws -> StmtCode {
        unowned(unsafe) let interp = self.interp
        if level > 0 {
            throw CompileError("relative imports are not supported", line: 0, column: 0)
        }
        if names.count == 1 && names[0].name == "*" {
            if scope.kind != .module {
                throw CompileError("import * only allowed at module level", line: 0, column: 0)
            }
            let module = self.module
            return { _ in
                let m = try interp.importModule(moduleName)
                for name in m.definedNames where !name.hasPrefix("_") {
                    module[name] = m[name]
                }
                return .normal
            }
        }
        let actions = names.map { ($0.name, storeName($0.asName ?? $0.name)) }
        return { f in
            let m = try interp.importModule(moduleName)
            for (name, store) in actions {
                if let v = m[name] {
                    store(f, v)
                } else if let sub = try? interp.importModule(moduleName + "." + name) {
                    store(f, .object(sub))
                } else {
                    let e = PyException(.importError, "cannot import name '\(name)' from '\(moduleName)' (\(m.filename ?? "unknown location"))")
                    throw e
                }
            }
            return .normal
        }
    }
}
