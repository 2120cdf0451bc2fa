import BigInt

/// Compiling expressions into closures, with inline fast paths for int and float
/// arithmetic and comparisons.
extension Compiler {
    func expression(_ e: Expr) throws -> ExprCode {
        unowned(unsafe) let interp = self.interp
        let range = e.range
        switch e.kind {
        case .name(let n): return loadName(n, range: range)
        case .none: return { _ in .none }
        case .true: return { _ in .bool(true) }
        case .false: return { _ in .bool(false) }
        case .ellipsis: return { _ in .object(PySingleton.ellipsis) }
        case .int(let text):
            let v = try parseIntLiteral(text, range: range)
            return { _ in v }
        case .float(let d): return { _ in .float(d) }
        case .string(let s):
            let v = Value.str(s)
            return { _ in v }
        case .bytes(let b):
            let v = Value.object(PyBytes(b))
            return { _ in v }
        case .fstring(let parts):
            let code = try fstring(parts, range: range)
            return { f in .str(try code(f)) }
        case .unary(let op, let operand):
            let a = try expression(operand)
            if op == .not {
                return { f in
                    let v = try a(f)
                    if case .bool(let b) = v { return .bool(!b) }
                    return .bool(try !interp.isTruthy(v))
                }
            }
            return { f in
                let v = try a(f)
                if op == .neg, case .int(let i) = v, i != Int.min { return .int(-i) }
                do { return try interp.unary(op, v) } catch let err as PyException {
                    err.notePending(range)
                    throw err
                }
            }
        case .binary(let op, let l, let r):
            return try binary(op, l, r, range: range)
        case .boolean(let isAnd, let items):
            let codes = try expressions(items)
            return { f in
                var v = Value.none
                for c in codes {
                    v = try c.read(f)
                    let truth = try interp.isTruthy(v)
                    if isAnd != truth { return v }
                }
                return v
            }
        case .compare(let first, let rest):
            if rest.count == 1 {
                return try specialisedValue(first, rest[0].1, Comparison(interp: interp, op: rest[0].0, range: range, form: .value))
            }
            let a = try expression(first)
            let ops = try rest.map { ($0.0, try expression($0.1)) }
            return { f in
                var left = try a(f)
                var result = Value.bool(true)
                for (op, code) in ops {
                    let right = try code(f)
                    do { result = try interp.compare(op, left, right) } catch let err as PyException {
                        err.notePending(range)
                        throw err
                    }
                    if try !interp.isTruthy(result) { return result }
                    left = right
                }
                return result
            }
        case .call(let callee, let args):
            return try call(callee, args, range: range)
        case .attribute(let obj, let name):
            let o = try expression(obj)
            let site = attributeSite(e, range)
            return { f in
                let v = try o(f)
                do { return try interp.getAttribute(v, name) } catch let err as PyException {
                    err.notePending(site)
                    throw err
                }
            }
        case .index(let obj, let index):
            return try specialisedValue(obj, index, Subscript(interp: interp, range: range, subscriptAnchor: subscriptAnchor(obj, range), isStore: false))
        case .slice(let lo, let hi, let st):
            let a = try lo.map { try expression($0) }
            let b = try hi.map { try expression($0) }
            let c = try st.map { try expression($0) }
            return { f in
                .object(PySlice(try a?(f) ?? .none, try b?(f) ?? .none, try c?(f) ?? .none))
            }
        case .tuple(let items):
            let build = try sequence(items)
            return { f in .object(PyTuple(try build(f))) }
        case .list(let items):
            let build = try sequence(items)
            return { f in .object(PyList(try build(f))) }
        case .set(let items):
            let build = try sequence(items)
            return { f in
                let s = PySet()
                for v in try build(f) {
                    do { s.insert(try interp.dictKey(v)) } catch let e as PyException {
                        e.notePending(range)
                        throw e
                    }
                }
                return .object(s)
            }
        case .dict(let entries):
            let codes = try entries.map { (try $0.key.map { try expression($0) }, try expression($0.value)) }
            return { f in
                let d = PyDict()
                for (k, v) in codes {
                    if let k = k {
                        let keyValue = try k(f)
                        let key: DictKey
                        do { key = try interp.dictKey(keyValue) } catch let e as PyException {
                            e.notePending(range)
                            throw e
                        }
                        d.storage[key] = try v(f)
                    } else {
                        let mapping = try v(f)
                        do { try interp.mergeIntoDict(d, mapping, display: true) } catch let e as PyException {
                            e.notePending(range)
                            throw e
                        }
                    }
                }
                return .object(d)
            }
        case .starred:
            throw CompileError("can't use starred expression here", line: range.line, column: range.column)
        case .conditional(let test, let body, let orElse):
            let t = try condition(test)
            let b = try expression(body)
            let o = try expression(orElse)
            return { f in try t(f) ? try b(f) : try o(f) }
        case .lambda(let fn):
            return try makeFunction(fn)
        case .listComp(let element, let clauses, let fn):
            return try comprehension(clauses, fn, range: range) { c in
                let el = try c.expression(element)
                return { f, acc in unsafeDowncast(acc, to: PyList.self).items.append(try el(f)) }
            } make: { PyList() }
        case .generator(let element, let clauses, let fn):
            return try generatorExpression(element, clauses, fn, range: range)
        case .setComp(let element, let clauses, let fn):
            return try comprehension(clauses, fn, range: range) { c in
                let el = try c.expression(element)
                return { f, acc in
                    let v = try el(f)
                    // CPython's SET_ADD and MAP_ADD point at the whole comprehension.
                    do { unsafeDowncast(acc, to: PySet.self).insert(try interp.dictKey(v)) } catch let e as PyException {
                        e.notePending(range)
                        throw e
                    }
                }
            } make: { PySet() }
        case .dictComp(let key, let value, let clauses, let fn):
            return try comprehension(clauses, fn, range: range) { c in
                let k = try c.expression(key)
                let v = try c.expression(value)
                return { f, acc in
                    let keyObject = try k(f)
                    let value = try v(f)
                    do { unsafeDowncast(acc, to: PyDict.self).storage[try interp.dictKey(keyObject)] = value } catch let e as PyException {
                        e.notePending(range)
                        throw e
                    }
                }
            } make: { PyDict() }
        case .walrus(let name, let value):
            let v = try expression(value)
            // The walrus binds in the enclosing scope, never a comprehension's hidden name.
            let saved = renames
            renames = []
            let store = storeName(name)
            renames = saved
            return { f in
                let x = try v(f)
                store(f, x)
                return x
            }
        case .yield(let value):
            guard scope.kind == .function else {
                throw CompileError("'yield' outside function", line: range.line, column: range.column)
            }
            let v = try value.map { try expression($0) }
            return { f in
                guard let g = f.generator else { throw PyException(.runtimeError, "yield outside a generator") }
                return try g.yieldValue(try v?(f) ?? .none)
            }
        case .yieldFrom(let source):
            guard scope.kind == .function else {
                throw CompileError("'yield' outside function", line: range.line, column: range.column)
            }
            let v = try expression(source)
            return { f in
                guard let g = f.generator else { throw PyException(.runtimeError, "yield outside a generator") }
                let next = try interp.makeIterator(try v(f))
                while let item = try next() { _ = try g.yieldValue(item) }
                return .none
            }
        }
    }

    /// CPython's caret anchor for a binary operator (3.11's `extract_anchors_from_expr`):
    /// the first character after the left operand that is not white space and not a closing
    /// parenthesis, with the next one when it is not white space and comes before the right
    /// operand (`//`, `**`, but also `+(` in `a+(b)`, as CPython draws it).
    private func operatorAnchor(_ l: SourceRange, _ r: SourceRange) -> SourceRange? {
        guard l.endLine == r.line, l.line == r.endLine, l.endLine >= 1, l.endLine <= sourceLines.count else { return nil }
        let line = sourceLines[l.endLine - 1]
        func isSpace(_ i: Int) -> Bool { i >= line.count || line[i] == " " || line[i] == "\t" || line[i] == "\u{0C}" }
        var anchor: SourceRange? = nil
        var i = l.endColumn
        while i < r.column {
            if isSpace(i) { i += 1; continue }
            let end = i + 1 < r.column && !isSpace(i + 1) ? i + 2 : i + 1
            anchor = SourceRange(line: l.endLine, column: i, endLine: l.endLine, endColumn: end)
            if i + 1 < r.column && line[i] == ")" { i += 1; continue }
            break
        }
        return anchor
    }

    /// CPython's caret anchor for a subscript `value[index]` on one line: from the first `[`
    /// after the value to the end of the subscript.
    func subscriptAnchor(_ value: Expr, _ range: SourceRange) -> SourceRange? {
        guard range.line == range.endLine, value.range.endLine == range.line, range.line >= 1, range.line <= sourceLines.count else { return nil }
        let line = sourceLines[range.line - 1]
        var i = value.range.endColumn
        while i < range.endColumn && i < line.count && line[i] != "[" { i += 1 }
        return SourceRange(line: range.line, column: i, endLine: range.line, endColumn: range.endColumn)
    }

    /// Where CPython 3.11 points an attribute access (or a method call, `range`) whose
    /// attribute expression `attr` spans lines: from the attribute's name on its last line
    /// (`update_start_location_to_match_attr`) to the end of `range`.
    func attributeSite(_ attr: Expr, _ range: SourceRange) -> SourceRange {
        let r = attr.range
        guard r.line != r.endLine, case .attribute(_, let name) = attr.kind else { return range }
        return SourceRange(line: r.endLine, column: max(0, r.endColumn - name.count), endLine: range.endLine, endColumn: range.endColumn)
    }

    func parseIntLiteral(_ text: String, range: SourceRange) throws -> Value {
        var digits = Substring(text)
        var radix = 10
        if text.hasPrefix("0x") { radix = 16; digits = digits.dropFirst(2) }
        else if text.hasPrefix("0o") { radix = 8; digits = digits.dropFirst(2) }
        else if text.hasPrefix("0b") { radix = 2; digits = digits.dropFirst(2) }
        if let i = Int(digits, radix: radix) { return .int(i) }
        if let b = BigInt(digits, radix: radix) { return .integer(b) }
        throw CompileError("invalid literal", line: range.line, column: range.column)
    }

    /// Items of a display, expanding `*iterable`.
    private func sequence(_ items: [Expr]) throws -> (Frame) throws -> [Value] {
        unowned(unsafe) let interp = self.interp
        let hasStar = items.contains { if case .starred = $0.kind { return true } else { return false } }
        if !hasStar {
            let codes = try expressions(items)
            return { f in
                var out: [Value] = []
                out.reserveCapacity(codes.count)
                for c in codes { out.append(try c.read(f)) }
                return out
            }
        }
        let codes = try items.map { item -> (Bool, ExprCode) in
            if case .starred(let inner) = item.kind { return (true, try expression(inner)) }
            return (false, try expression(item))
        }
        return { f in
            var out: [Value] = []
            for (star, c) in codes {
                if star { out += try interp.iterateToArray(try c(f)) } else { out.append(try c(f)) }
            }
            return out
        }
    }

    private func binary(_ op: BinaryOp, _ l: Expr, _ r: Expr, range: SourceRange) throws -> ExprCode {
        try specialisedValue(l, r, BinaryOperation(interp: interp, op: op, range: range, operatorRange: operatorAnchor(l.range, r.range)))
    }

    private func call(_ callee: Expr, _ args: [CallArg], range: SourceRange) throws -> ExprCode {
        unowned(unsafe) let interp = self.interp
        let simple = args.allSatisfy { if case .positional = $0 { return true } else { return false } }
        if simple, case .name("super") = callee.kind, args.isEmpty, scope.kind == .function {
            let load = loadName("super")
            return { f in
                let superFn = try load(f)
                guard case .object(let o) = superFn, o === interp.builtinSuper else {
                    return try interp.call(superFn, [])
                }
                return try interp.zeroArgumentSuper(f)
            }
        }
        if simple {
            let argExprs = args.compactMap { arg -> Expr? in
                if case .positional(let e) = arg { return e } else { return nil }
            }
            if case .attribute(let objExpr, let name) = callee.kind {
                let o = try expression(objExpr)
                let argCodes = try expressions(argExprs)
                // A callee over several lines is pointed at from its name, as CPython does.
                let callRange = attributeSite(callee, range)
                let cache = MethodCache(attributeRange: attributeSite(callee, callee.range))
                let unretained = UnretainedInterpreter(self.interp)
                @inline(__always) func callMethod(_ f: Frame, on receiver: Value) throws -> Value {
                    var values = cache.takeArguments(count: argCodes.count + 1)
                    try values.withUnsafeMutableBufferPointer { items in
                        items[0] = receiver
                        for i in argCodes.indices { items[i + 1] = try argCodes[i].read(f) }
                    }
                    do {
                        let result = try unretained.use { try $0.callMethod(receiverFirst: values, name, cache: cache) }
                        cache.keepArguments(&values)
                        return result
                    } catch let err as PyException {
                        err.notePending(callRange)
                        throw err
                    }
                }
                if name == "get" && (argCodes.count == 1 || argCodes.count == 2) {
                    // `d.get(key[, default])` on a plain dict (a dict subclass may override
                    // `get`) looks the key up in place: no argument array, no native call.
                    // The operands are taken out of the array here: reading a closure from an
                    // array element retains its context on every call.
                    let keyCode = argCodes[0]
                    let fallbackCode = argCodes.count == 2 ? argCodes[1] : nil
                    return { f in
                        let receiver = try o(f)
                        guard case .object(let r) = receiver, let d = r as? PyDict, d.subclass == nil else {
                            return try callMethod(f, on: receiver)
                        }
                        let key = try keyCode.read(f)
                        let fallback = try fallbackCode?.read(f) ?? .none
                        do {
                            let hash = try unretained.use { try $0.keyHash(key) }
                            return d.storage[DictKey(key, hash: hash)] ?? fallback
                        } catch let err as PyException {
                            err.notePending(callRange)
                            throw err
                        }
                    }
                }
                return { f in try callMethod(f, on: try o(f)) }
            }
            // A module-level function (the usual callee) is read from its box in place.
            if let global = globalOperand(callee) {
                return try positionalCall(global, argExprs, range: range)
            }
            return try positionalCall(ComputedOperand(code: try expression(callee)), argExprs, range: range)
        }
        let fnCode = try expression(callee)
        let callRange = attributeSite(callee, range)
        enum Piece { case positional(ExprCode), starred(ExprCode), keyword(String, ExprCode), doubleStarred(ExprCode) }
        let pieces: [Piece] = try args.map { a in
            switch a {
            case .positional(let e): return .positional(try expression(e))
            case .starred(let e): return .starred(try expression(e))
            case .keyword(let n, let e): return .keyword(n, try expression(e))
            case .doubleStarred(let e): return .doubleStarred(try expression(e))
            }
        }
        let keywordNames = args.compactMap { if case .keyword(let n, _) = $0 { return n } else { return nil } }
        if Set(keywordNames).count != keywordNames.count {
            let dup = keywordNames.first { n in keywordNames.filter { $0 == n }.count > 1 } ?? ""
            throw CompileError("keyword argument repeated: \(dup)", line: range.line, column: range.column)
        }
        return { f in
            let fn = try fnCode(f)
            var positional: [Value] = []
            var keywords: [(name: String, value: Value)] = []
            for p in pieces {
                switch p {
                case .positional(let c): positional.append(try c(f))
                case .starred(let c):
                    let v = try c(f)
                    do { positional += try interp.iterateToArray(v) } catch let e as PyException where e.cls === PyClass.typeError {
                        throw PyException(.typeError, "\(interp.functionString(fn)) argument after * must be an iterable, not \(interp.typeName(v))")
                    }
                case .keyword(let n, let c): keywords.append((n, try c(f)))
                case .doubleStarred(let c):
                    let v = try c(f)
                    guard case .object(let o) = v, let d = o as? PyDict else {
                        throw PyException(.typeError, "\(interp.functionString(fn)) argument after ** must be a mapping, not \(interp.typeName(v))")
                    }
                    for (k, value) in d.storage {
                        guard case .str(let name) = k.value else { throw PyException(.typeError, "keywords must be strings") }
                        if keywords.contains(where: { $0.name == name }) {
                            throw PyException(.typeError, "\(interp.functionString(fn)) got multiple values for keyword argument '\(name)'")
                        }
                        keywords.append((name, value))
                    }
                }
            }
            do { return try interp.call(fn, positional, keywords) } catch let err as PyException {
                err.notePending(callRange)
                throw err
            }
        }
    }

    /// A call with positional arguments only, of the callee `callee` reads. A plain script
    /// function (`PyFunction.plainArity`) gets its arguments straight into its frame's slots.
    private func positionalCall<C: OperandReader>(_ callee: C, _ argExprs: [Expr], range: SourceRange) throws -> ExprCode {
        let site = CallSite(interp: interp, range: range)
        if argExprs.count == 1 {
            // One argument (the commonest call): no argument array at all.
            if let a0 = try localOffsetOperand(argExprs[0]) { return singleArgumentCall(callee, a0, site) }
            return singleArgumentCall(callee, ComputedOperand(code: try expression(argExprs[0])), site)
        }
        let argCodes = try expressions(argExprs)
        let argCount = argCodes.count
        return { f in
            if let pinned = site.pinned(in: callee, f) {
                return try pinned._withUnsafeGuaranteedRef { pf in
                    try site.run(pf) { frame in
                        for i in 0..<argCount { (frame.slots + i).initialize(to: try argCodes[i].read(f)) }
                    }
                }
            }
            switch try callee.readCallee(f, arity: argCount) {
            case .plain(let pf):
                site.pin(pf)
                // Arguments go straight into the new frame's slots.
                return try site.run(pf) { frame in
                    for i in 0..<argCount { (frame.slots + i).initialize(to: try argCodes[i].read(f)) }
                }
            case .other(let fn):
                var values: [Value] = []
                values.reserveCapacity(argCount)
                for c in argCodes { values.append(try c.read(f)) }
                return try site.call(fn, values)
            }
        }
    }

    /// `positionalCall` with the one argument `a0` reads.
    private func singleArgumentCall<C: OperandReader, A: OperandReader>(_ callee: C, _ a0: A, _ site: CallSite) -> ExprCode {
        { f in
            if let pinned = site.pinned(in: callee, f) {
                return try pinned._withUnsafeGuaranteedRef { pf in
                    try site.run(pf) { frame in frame.slots.initialize(to: try a0.read(f)) }
                }
            }
            switch try callee.readCallee(f, arity: 1) {
            case .plain(let pf):
                site.pin(pf)
                // The new frame's slot is empty (nil needs no release): the argument moves in.
                return try site.run(pf) { frame in frame.slots.initialize(to: try a0.read(f)) }
            case .other(let fn):
                return try site.call(fn, [try a0.read(f)])
            }
        }
    }

    /// What every comprehension starts with: its outermost iterable, compiled in the
    /// enclosing scope, and the hidden names of its clauses' targets.
    private func comprehensionHead(_ clauses: [Comprehension], _ fn: FunctionNode) throws -> (ExprCode, [String: String]) {
        guard let first = clauses.first else { throw CompileError("empty comprehension", line: 0, column: 0) }
        let firstIter = try expression(first.iter)
        var hiddenNames: [String: String] = [:]
        for c in clauses { collectTargetNames(c.target, into: &hiddenNames, id: fn.id) }
        return (firstIter, hiddenNames)
    }

    /// An inlined comprehension: loops run in the current frame, targets in hidden slots.
    private func comprehension(_ clauses: [Comprehension], _ fn: FunctionNode, range: SourceRange,
                               element: (Compiler) throws -> (Frame, PyObject) throws -> Void,
                               make: @escaping () -> PyObject) throws -> ExprCode {
        unowned(unsafe) let interp = self.interp
        let unretained = UnretainedInterpreter(self.interp)
        let (firstIter, hiddenNames) = try comprehensionHead(clauses, fn)
        renames.append(hiddenNames)
        defer { renames.removeLast() }
        typealias Loop = (Frame, PyObject) throws -> Void
        var body: Loop = try element(self)
        // The outermost iterable is evaluated before the loop, in the enclosing scope.
        var outermost: ((Frame, PyObject, Value) throws -> Void)? = nil
        for (index, clause) in clauses.enumerated().reversed() {
            let store = try loopTarget(clause.target)
            let guarded = try filtered(body, by: clause.conditions)
            let iterCode: ExprCode? = index == 0 ? nil : try expression(clause.iter)
            let loopOver: (Frame, PyObject, Value) throws -> Void = { f, acc, iterable in
                if case .object(let o) = iterable, let r = o as? PyRange {
                    try r.forEachInt { i in
                        try unretained.tick()
                        try store.store(f, .int(i))
                        try guarded(f, acc)
                        return true
                    }
                    return
                }
                if case .object(let o) = iterable, let list = o as? PyList {
                    var i = 0
                    while i < list.items.count {
                        try unretained.tick()
                        try store.store(f, list.items[i])
                        try guarded(f, acc)
                        i += 1
                    }
                    return
                }
                let next = try interp.makeIterator(iterable)
                while let item = try next() {
                    try unretained.tick()
                    try store.store(f, item)
                    try guarded(f, acc)
                }
            }
            if let iterCode = iterCode {
                body = { f, acc in try loopOver(f, acc, try iterCode(f)) }
            } else {
                outermost = loopOver
            }
        }
        guard let run = outermost else { throw CompileError("empty comprehension", line: 0, column: 0) }
        let site = ComprehensionSite(filename: filename, name: fn.name, range: fn.callRange ?? range)
        return { f in
            let iterable = try firstIter(f)
            let acc = make()
            do { try run(f, acc, iterable) } catch let e as PyException {
                site.record(e)
                throw e
            }
            return .object(acc)
        }
    }

    /// A generator expression, run lazily as CPython runs it: creating it evaluates the
    /// outermost iterable and asks it for an iterator (so `(x for x in 1)` fails at once, in
    /// the enclosing frame); everything else happens item by item, when a consumer pulls.
    ///
    /// The design is pull-based, with no thread: a `PyIterator` whose next-closure keeps a
    /// stack of per-clause iterators (the first made at creation, each later one made from
    /// its clause's iterable when the clause before it has an item). A pull advances the
    /// innermost iterator, pops to the outer clause when it is exhausted, stores each item
    /// into its clause's target, checks that clause's `if`s, and once every clause has an
    /// item evaluates the element and returns it.
    ///
    /// Like the eager comprehensions, the clauses, conditions and element are compiled in
    /// the enclosing scope: loop targets are the enclosing frame's hidden `x@<id>` slots, and
    /// enclosing locals are read from that frame's slots and cells. The generator holds the
    /// frame (and its function and module, which the frame does not retain), so it may
    /// outlive the statement that made it. A function frame is normally emptied and reused
    /// by the function's next call once its call returns (`FrameStack`); creating a
    /// generator expression therefore marks its frame shared (`isShared`, the flag that
    /// also keeps frames named by tracebacks out of reuse), so a generator expression
    /// that escapes its function (`return (x * k for x in xs)`) keeps reading that call's
    /// locals, as CPython's closure cells would, and a later call gets a fresh frame.
    ///
    /// Two live instances of the same generator expression in one frame share its hidden
    /// slots; each item is stored just before it is used, and an instance that resumes after
    /// another one stored into them (`GeneratorSite.owner` names the last that did) first
    /// stores its outer clauses' items again.
    ///
    /// An exception raised while pulling finishes the generator and gets a `<genexpr>`
    /// traceback entry (a StopIteration is replaced by a RuntimeError, as PEP 479 has it);
    /// the consumer (a call, a `for` statement) then points at itself.
    private func generatorExpression(_ element: Expr, _ clauses: [Comprehension], _ fn: FunctionNode,
                                     range: SourceRange) throws -> ExprCode {
        unowned(unsafe) let interp = self.interp
        let unretained = UnretainedInterpreter(self.interp)
        let (firstIter, hiddenNames) = try comprehensionHead(clauses, fn)
        renames.append(hiddenNames)
        defer { renames.removeLast() }
        var stores: [(Frame, Value) throws -> Void] = []
        var tests: [((Frame) throws -> Bool)?] = []
        var iterables: [ExprCode?] = []
        for (index, clause) in clauses.enumerated() {
            iterables.append(index == 0 ? nil : try expression(clause.iter))
            stores.append(try assignTarget(clause.target))
            tests.append(try allConditions(clause.conditions))
        }
        let el = try expression(element)
        // A later clause whose iterable is not iterable fails where CPython 3.11 places it:
        // at the last condition of the clause before, or else at the whole expression.
        let iterationSites: [SourceRange?] = clauses.indices.map { i in i == 0 ? nil : clauses[i - 1].conditions.last?.range }
        let site = GeneratorSite(filename: filename, name: fn.name, range: fn.argumentParentheses ?? range)
        if clauses.count == 1 {
            // The usual case, one clause: no stack of iterators.
            let store = stores[0]
            let test = tests[0]
            return { f in
                var next: (() throws -> Value?)? = try site.iterate(try firstIter(f), interp)
                let keep = KeptFrame(f)
                return .object(PyIterator("generator", generator: true) {
                    guard let n = next else { return nil }
                    let frame = keep.frame
                    do {
                        while let item = try n() {
                            try unretained.tick()
                            try store(frame, item)
                            if let test = test, !(try test(frame)) { continue }
                            return try el(frame)
                        }
                    } catch {
                        next = nil
                        throw site.failure(error)
                    }
                    next = nil
                    return nil
                })
            }
        }
        let last = clauses.count - 1
        return { f in
            let state = GeneratorClauses(try site.iterate(try firstIter(f), interp))
            let keep = KeptFrame(f)
            return .object(PyIterator("generator", generator: true) {
                guard var next = state.innermost else { return nil }
                var depth = state.depth
                let frame = keep.frame
                do {
                    if site.owner != ObjectIdentifier(state) {
                        // Another instance of this expression stored into the shared slots.
                        for i in 0..<depth { try stores[i](frame, state.outerItems[i]) }
                        site.owner = ObjectIdentifier(state)
                    }
                    while true {
                        guard let item = try next() else {
                            if depth == 0 { break }
                            next = state.outerNexts.removeLast()
                            state.outerItems.removeLast()
                            depth -= 1
                            continue
                        }
                        try unretained.tick()
                        try stores[depth](frame, item)
                        if let test = tests[depth], !(try test(frame)) { continue }
                        if depth == last {
                            state.innermost = next
                            state.depth = depth
                            return try el(frame)
                        }
                        let inner = try iterables[depth + 1]!(frame)
                        let innerNext: () throws -> Value?
                        do { innerNext = try interp.makeIterator(inner) } catch let e as PyException {
                            if let r = iterationSites[depth + 1] { e.notePending(r) }
                            throw e
                        }
                        state.outerNexts.append(next)
                        state.outerItems.append(item)
                        next = innerNext
                        depth += 1
                    }
                } catch {
                    state.finish()
                    throw site.failure(error)
                }
                state.finish()
                return nil
            })
        }
    }

    /// Where a generator expression of several clauses is: the iterator of its innermost
    /// clause that has one (nil once finished), and the iterators and current items of the
    /// clauses outside it, outermost first. The innermost is pulled from a local variable
    /// while a pull runs, and put back before an item is returned.
    final class GeneratorClauses {
        var innermost: (() throws -> Value?)?
        var depth = 0
        var outerNexts: [() throws -> Value?] = []
        var outerItems: [Value] = []

        init(_ first: @escaping () throws -> Value?) { innermost = first }

        func finish() {
            innermost = nil
            depth = 0
            outerNexts = []
            outerItems = []
        }
    }

    /// A clause's `if` conditions as one test, nil when it has none.
    private func allConditions(_ conditions: [Expr]) throws -> ((Frame) throws -> Bool)? {
        guard let firstTest = conditions.first else { return nil }
        let head = try condition(firstTest)
        if conditions.count == 1 { return head }
        guard let rest = try allConditions(Array(conditions.dropFirst())) else { return head }
        return { f in try head(f) ? try rest(f) : false }
    }

    /// The enclosing frame of a generator expression, held for as long as the generator
    /// lives, with the function and module the frame refers to without retaining them.
    final class KeptFrame {
        let frame: Frame
        let function: PyFunction?
        let module: PyModule

        init(_ frame: Frame) {
            // Not emptied and reused by its function's next call (see generatorExpression).
            frame.header.isShared = true
            self.frame = frame
            self.function = frame.function
            self.module = frame.module
        }
    }

    /// One generator expression in the source: where its errors are reported, and which of
    /// its instances last stored into its hidden slots.
    final class GeneratorSite {
        let filename: String
        let name: String
        /// The whole expression.
        let range: SourceRange
        var owner: ObjectIdentifier?

        init(filename: String, name: String, range: SourceRange) {
            self.filename = filename
            self.name = name
            self.range = range
        }

        /// The iterator of the outermost iterable, made when the expression is evaluated, in
        /// the enclosing frame; a value that is not iterable is pointed at as the whole
        /// expression.
        func iterate(_ iterable: Value, _ interp: Interpreter) throws -> () throws -> Value? {
            do { return try interp.makeIterator(iterable) } catch let e as PyException {
                e.notePending(range)
                throw e
            }
        }

        /// What a pull that failed throws: the error, with the `<genexpr>` entry; a
        /// StopIteration becomes a RuntimeError caused by it (PEP 479), so that it cannot pass
        /// for the generator's end.
        func failure(_ error: Error) -> Error {
            guard let e = error as? PyException else { return error }
            record(e)
            guard e.cls.isSubclass(of: .stopIteration) else { return e }
            let replaced = PyException(.runtimeError, "generator raised StopIteration")
            replaced.cause = e
            replaced.suppressContext = true
            return replaced
        }

        /// The `<genexpr>` frame's entry, at the expression that failed. Unlike an eager
        /// comprehension's, the consumer points at itself: the generator may be pulled far
        /// from where it was made.
        func record(_ e: PyException) {
            guard let range = e.pendingRange else {
                // Raised by an iterator the expression loops over (a generator function's
                // own entry is below): CPython points at the whole expression.
                e.traceback.append(TracebackEntry(filename: filename, line: self.range.line, functionName: name,
                                                  range: self.range, operatorRange: nil))
                return
            }
            e.traceback.append(TracebackEntry(filename: filename, line: range.line, functionName: name,
                                              range: range, operatorRange: e.pendingOperator))
            e.pendingRange = nil
            e.pendingOperator = nil
        }
    }

    /// Where an inlined comprehension's errors are reported. CPython runs a comprehension in
    /// a frame of its own (`<listcomp>`, `<genexpr>`, ...), so its traceback has an entry for
    /// that frame under the one that ran it, which points at the comprehension (or, for a
    /// generator expression passed to a call, at the call, where CPython's consumes it).
    final class ComprehensionSite {
        let filename: String
        let name: String
        let range: SourceRange

        init(filename: String, name: String, range: SourceRange) {
            self.filename = filename
            self.name = name
            self.range = range
        }

        func record(_ e: PyException) {
            e.traceback.append(TracebackEntry(filename: filename, line: e.pendingRange?.line ?? range.line, functionName: name,
                                              range: e.pendingRange, operatorRange: e.pendingOperator))
            e.pendingRange = nil
            e.pendingOperator = nil
            e.notePending(range)
        }
    }

    /// A comprehension's loop body behind its `if` clauses. One test (the usual case) is
    /// called directly rather than from an array of closures, which would add a conversion
    /// thunk to every call.
    private func filtered(_ inner: @escaping (Frame, PyObject) throws -> Void, by conditions: [Expr]) throws -> (Frame, PyObject) throws -> Void {
        if conditions.isEmpty { return inner }
        let first = try condition(conditions[0])
        if conditions.count == 1 {
            return { f, acc in if try first(f) { try inner(f, acc) } }
        }
        let rest = try filtered(inner, by: Array(conditions.dropFirst()))
        return { f, acc in if try first(f) { try rest(f, acc) } }
    }

    private func collectTargetNames(_ e: Expr, into map: inout [String: String], id: Int) {
        switch e.kind {
        case .name(let n): map[n] = "\(n)@\(id)"
        case .tuple(let items), .list(let items): for i in items { collectTargetNames(i, into: &map, id: id) }
        case .starred(let inner): collectTargetNames(inner, into: &map, id: id)
        default: break
        }
    }

    /// An f-string: literal pieces and formatted fields concatenated.
    /// An f-string's code; its conversions and formatting fail at `range`, the whole string,
    /// where CPython 3.11 places them.
    private func fstring(_ parts: [FStringPart], range: SourceRange) throws -> (Frame) throws -> String {
        unowned(unsafe) let interp = self.interp
        let pieces: [(Frame) throws -> String] = try parts.map { part in
            switch part {
            case .literal(let s): return { _ in s }
            case .field(let e, let conversion, let spec, let debugText):
                let value = try expression(e)
                let specCode = spec.isEmpty ? nil : try fstring(spec, range: range)
                let prefix = debugText ?? ""
                return { f in
                    var v = try value(f)
                    do {
                        switch conversion {
                        case "r": v = .str(try interp.repr(v))
                        case "s": v = .str(try interp.str(v))
                        case "a": v = .str(asciiEscaped(try interp.repr(v)))
                        default: break
                        }
                    } catch let e as PyException {
                        e.notePending(range)
                        throw e
                    }
                    let specText = try specCode?(f) ?? ""
                    if specText.isEmpty, case .str(let s) = v { return prefix + s }
                    do { return prefix + (try interp.format(v, specText)) } catch let e as PyException {
                        e.notePending(range)
                        throw e
                    }
                }
            }
        }
        return { f in
            var out = ""
            for p in pieces { out += try p(f) }
            return out
        }
    }
}

/// `ascii()`: escapes non-ASCII characters the way Python's repr escapes them.
func asciiEscaped(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
        if u.value < 128 {
            out.unicodeScalars.append(u)
        } else if u.value <= 0xFF {
            out += "\\x" + hex(u.value, width: 2)
        } else if u.value <= 0xFFFF {
            out += "\\u" + hex(u.value, width: 4)
        } else {
            out += "\\U" + hex(u.value, width: 8)
        }
    }
    return out
}

func hex(_ v: UInt32, width: Int) -> String {
    let h = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - h.count)) + h
}

/// What a call expression's code needs besides its operands, behind one reference (a
/// closure unpacks every capture on each call): the interpreter, and the call's place for
/// the traceback of an exception passing through it.
final class CallSite {
    let interpreter: UnretainedInterpreter
    let range: SourceRange
    /// The first plain function called from this site, which the site keeps alive for as
    /// long as its code lives. When the callee is that function again (found in its variable
    /// in place), the call runs without counting a reference to it: the site's own reference
    /// keeps it alive even if the call rebinds the variable. Set once and never replaced, so
    /// a function running from this site is never released by it.
    private var pinnedFunction: PyFunction?
    private var pinnedReference: Unmanaged<PyFunction>?

    init(interp: Interpreter, range: SourceRange) {
        interpreter = UnretainedInterpreter(interp)
        self.range = range
    }

    /// The pinned function, when `callee` holds it.
    @inline(__always) func pinned<C: OperandReader>(in callee: C, _ f: Frame) -> Unmanaged<PyFunction>? {
        guard let reference = pinnedReference, reference._withUnsafeGuaranteedRef({ callee.holds($0, f) }) else { return nil }
        return reference
    }

    /// Pins `pf` unless a function is pinned already.
    @inline(__always) func pin(_ pf: PyFunction) {
        guard pinnedReference == nil else { return }
        pinnedFunction = pf
        pinnedReference = .passUnretained(pf)
    }

    /// Runs a plain function once `bind` has put the arguments in its frame.
    @inline(__always) func run(_ pf: PyFunction, bind: (Frame) throws -> Void) throws -> Value {
        do {
            return try interpreter.runCall(pf, bind: bind)
        } catch let err as PyException {
            err.notePending(range)
            throw err
        }
    }

    /// Calls anything else with the arguments in an array.
    func call(_ fn: Value, _ args: [Value]) throws -> Value {
        do { return try interpreter.use { try $0.call(fn, args) } } catch let err as PyException {
            err.notePending(range)
            throw err
        }
    }
}
