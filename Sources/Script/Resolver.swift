/// Scope analysis, done once before compiling: which names are locals (frame slots),
/// which are captured by inner functions (cells), which come from enclosing functions
/// (free), and which are global. Comprehensions are inlined into their enclosing scope;
/// their loop variables become hidden locals named `x@<id>` so they do not leak.
final class Scope {
    enum Kind { case module, classBody, function }
    let kind: Kind
    let id: Int
    /// Slot index of each local (parameters first, in order).
    var slots: [String: Int] = [:]
    var slotNames: [String] = []
    /// Locals captured by inner scopes; they live in cells instead of slots.
    var cellVars: [String] = []
    /// Names that come from enclosing function scopes.
    var freeVars: [String] = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var bound: Set<String> = []
    /// Names read (and free names needed by inner scopes) that are not bound here.
    var freeCandidates: Set<String> = []
    var children: [Scope] = []
    /// Parameter positions, so parameters take the first slots in order.
    var paramOrder: [String: Int] = [:]

    init(kind: Kind, id: Int) {
        self.kind = kind
        self.id = id
    }

    func addSlot(_ name: String) {
        if slots[name] == nil {
            slots[name] = slotNames.count
            slotNames.append(name)
        }
    }

    /// Index of a cell variable in the frame's cell array (own cells first, then free).
    func cellIndex(_ name: String) -> Int? {
        if let i = cellVars.firstIndex(of: name) { return i }
        if let i = freeVars.firstIndex(of: name) { return cellVars.count + i }
        return nil
    }

    /// How compiled code reaches a name in this scope.
    enum Location {
        case slot(Int)
        case cell(Int)
        case global(String)
        /// Class bodies: the class namespace first, then globals and builtins.
        case classNamespace(String)
    }

    func locate(_ name: String) -> Location {
        if let c = cellIndex(name), !declaredGlobal.contains(name) {
            if kind == .classBody && bound.contains(name) { return .classNamespace(name) }
            return .cell(c)
        }
        if let s = slots[name] { return .slot(s) }
        switch kind {
        case .classBody: return declaredGlobal.contains(name) ? .global(name) : .classNamespace(name)
        default: return .global(name)
        }
    }
}

struct Resolver {
    private(set) var scopes: [Int: Scope] = [:]
    private var stack: [Scope] = []
    /// Comprehension renames in effect: source name -> hidden name.
    private var renames: [[String: String]] = []

    /// Analyses a module (or REPL cell) and returns every scope by id (module is id 0).
    static func resolve(_ body: [Stmt]) throws -> [Int: Scope] {
        var r = Resolver()
        let module = Scope(kind: .module, id: 0)
        r.stack = [module]
        try r.block(body)
        r.stack = []
        r.finish(module, available: [])
        r.scopes[0] = module
        return r.scopes
    }

    static func bodyContainsYield(_ body: [Stmt]) -> Bool {
        var finder = YieldFinder()
        finder.block(body)
        return finder.found
    }

    private var scope: Scope { stack[stack.count - 1] }

    private func renamed(_ name: String) -> String {
        for map in renames.reversed() {
            if let n = map[name] { return n }
        }
        return name
    }

    // MARK: top-down pass: decide slots, cells and free variables

    /// `available` holds names that enclosing function scopes can provide as cells.
    private mutating func finish(_ s: Scope, available: Set<String>) {
        var locals = s.bound.subtracting(s.declaredGlobal).subtracting(s.declaredNonlocal)
        if s.kind != .function {
            // Module and class names live in dictionaries; only hidden comprehension names are slots.
            locals = locals.filter { $0.contains("@") }
        }
        let wanted = s.freeCandidates.union(s.declaredNonlocal).subtracting(locals).subtracting(s.declaredGlobal)
        s.freeVars = wanted.filter { available.contains($0) }.sorted()
        let childAvailable = s.kind == .module ? locals : available.union(locals)
        for child in s.children {
            finish(child, available: childAvailable)
        }
        var captured = Set<String>()
        for child in s.children { captured.formUnion(child.freeVars) }
        s.cellVars = locals.filter { captured.contains($0) }.sorted()
        for name in locals.sorted(by: { a, b in
            (s.paramOrder[a] ?? Int.max, a) < (s.paramOrder[b] ?? Int.max, b)
        }) where !s.cellVars.contains(name) || s.paramOrder[name] != nil {
            s.addSlot(name)
        }
        scopes[s.id] = s
    }

    // MARK: bottom-up pass: bindings and uses

    private mutating func bind(_ name: String) {
        let n = renamed(name)
        scope.bound.insert(n)
    }

    private mutating func use(_ name: String) {
        let n = renamed(name)
        if !scope.bound.contains(n) || scope.kind == .classBody { scope.freeCandidates.insert(n) }
    }

    private mutating func block(_ body: [Stmt]) throws {
        for s in body { try statement(s) }
    }

    private mutating func target(_ e: Expr) throws {
        switch e.kind {
        case .name(let n): bind(n)
        case .tuple(let items), .list(let items): for i in items { try target(i) }
        case .starred(let inner): try target(inner)
        case .attribute(let obj, _): try expression(obj)
        case .index(let obj, let idx):
            try expression(obj)
            try expression(idx)
        default: try expression(e)
        }
    }

    private mutating func statement(_ s: Stmt) throws {
        switch s.kind {
        case .expr(let e): try expression(e)
        case .assign(let targets, let value):
            try expression(value)
            for t in targets { try target(t) }
        case .augAssign(let t, _, let value):
            try expression(value)
            if case .name(let n) = t.kind { use(n) }
            try target(t)
        case .annAssign(let t, let value):
            if let v = value {
                try expression(v)
                try target(t)
            }
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try expression(test)
            try block(body)
            try block(orElse)
        case .for(let t, let iter, let body, let orElse):
            try expression(iter)
            try target(t)
            try block(body)
            try block(orElse)
        case .functionDef(let fn, let decorators):
            for d in decorators { try expression(d) }
            try function(fn)
            bind(fn.name)
        case .classDef(let id, let name, let bases, let body, let decorators):
            for d in decorators { try expression(d) }
            for b in bases { try callArg(b) }
            let cls = Scope(kind: .classBody, id: id)
            try nested(cls) { r in try r.block(body) }
            bind(name)
        case .return(let v):
            if let v = v { try expression(v) }
        case .pass, .break, .continue: break
        case .delete(let targets):
            for t in targets { try target(t) }
        case .global(let names):
            for n in names {
                if scope.bound.contains(n) && scope.kind != .module {
                    throw CompileError("name '\(n)' is assigned to before global declaration", line: s.range.line, column: s.range.column)
                }
                scope.declaredGlobal.insert(n)
            }
        case .nonlocal(let names):
            if scope.kind != .function {
                throw CompileError("nonlocal declaration not allowed at module level", line: s.range.line, column: s.range.column)
            }
            for n in names { scope.declaredNonlocal.insert(n) }
        case .import(let items):
            for (module, asName) in items {
                bind(asName ?? String(module.split(separator: ".")[0]))
            }
        case .importFrom(_, _, let names):
            for (name, asName) in names where name != "*" { bind(asName ?? name) }
        case .raise(let e, let cause):
            if let e = e { try expression(e) }
            if let c = cause { try expression(c) }
        case .try(let body, let handlers, let orElse, let finally):
            try block(body)
            for h in handlers {
                if let t = h.type { try expression(t) }
                if let n = h.name { bind(n) }
                try block(h.body)
            }
            try block(orElse)
            try block(finally)
        case .with(let items, let body):
            for (ctx, t) in items {
                try expression(ctx)
                if let t = t { try target(t) }
            }
            try block(body)
        case .assert(let test, let message):
            try expression(test)
            if let m = message { try expression(m) }
        }
    }

    private mutating func nested(_ child: Scope, _ body: (inout Resolver) throws -> Void) throws {
        let parent = scope
        parent.children.append(child)
        stack.append(child)
        let savedRenames = renames
        try body(&self)
        renames = savedRenames
        stack.removeLast()
        // Names the child reads but does not bind may come from here or further out.
        for n in child.freeCandidates.union(child.declaredNonlocal) where !child.declaredGlobal.contains(n) {
            if !child.bound.contains(n) || child.declaredNonlocal.contains(n) || child.kind == .classBody {
                if child.kind == .classBody && child.bound.contains(n) { continue }
                parent.freeCandidates.insert(n)
            }
        }
    }

    private mutating func function(_ fn: FunctionNode) throws {
        for p in fn.params {
            if let d = p.defaultValue { try expression(d) }
        }
        let s = Scope(kind: .function, id: fn.id)
        for (i, p) in fn.params.enumerated() {
            s.bound.insert(p.name)
            s.paramOrder[p.name] = i
        }
        // Parameters shadow comprehension variables of the same name.
        renames.append(Dictionary(uniqueKeysWithValues: fn.params.map { ($0.name, $0.name) }))
        try nested(s) { r in try r.block(fn.body) }
        renames.removeLast()
        for n in s.declaredNonlocal where s.declaredGlobal.contains(n) {
            throw CompileError("name '\(n)' is nonlocal and global", line: fn.range.line, column: fn.range.column)
        }
    }

    private mutating func callArg(_ a: CallArg) throws {
        switch a {
        case .positional(let e), .starred(let e), .keyword(_, let e), .doubleStarred(let e):
            try expression(e)
        }
    }

    /// Comprehension: the first iterable is read outside; targets become hidden locals.
    private mutating func comprehension(_ clauses: [Comprehension], _ fn: FunctionNode, elements: [Expr]) throws {
        guard let first = clauses.first else { return }
        try expression(first.iter)
        var map: [String: String] = [:]
        for c in clauses { collectNames(c.target, into: &map, id: fn.id) }
        renames.append(map)
        for (i, c) in clauses.enumerated() {
            if i > 0 { try expression(c.iter) }
            try target(c.target)
            for cond in c.conditions { try expression(cond) }
        }
        for e in elements { try expression(e) }
        renames.removeLast()
    }

    private func collectNames(_ e: Expr, into map: inout [String: String], id: Int) {
        switch e.kind {
        case .name(let n): map[n] = "\(n)@\(id)"
        case .tuple(let items), .list(let items): for i in items { collectNames(i, into: &map, id: id) }
        case .starred(let inner): collectNames(inner, into: &map, id: id)
        default: break
        }
    }

    private mutating func expression(_ e: Expr) throws {
        switch e.kind {
        case .name(let n): use(n)
        case .none, .true, .false, .ellipsis, .int, .float, .string, .bytes: break
        case .fstring(let parts): try fstringParts(parts)
        case .unary(_, let a): try expression(a)
        case .binary(_, let a, let b):
            try expression(a)
            try expression(b)
        case .boolean(_, let items), .tuple(let items), .list(let items), .set(let items):
            for i in items { try expression(i) }
        case .compare(let first, let rest):
            try expression(first)
            for (_, r) in rest { try expression(r) }
        case .call(let f, let args):
            try expression(f)
            for a in args { try callArg(a) }
        case .attribute(let obj, _): try expression(obj)
        case .index(let obj, let idx):
            try expression(obj)
            try expression(idx)
        case .slice(let a, let b, let c):
            for x in [a, b, c] { if let x = x { try expression(x) } }
        case .dict(let entries):
            for (k, v) in entries {
                if let k = k { try expression(k) }
                try expression(v)
            }
        case .starred(let inner): try expression(inner)
        case .conditional(let test, let body, let orElse):
            try expression(test)
            try expression(body)
            try expression(orElse)
        case .lambda(let fn): try function(fn)
        case .listComp(let elt, let clauses, let fn), .setComp(let elt, let clauses, let fn), .generator(let elt, let clauses, let fn):
            try comprehension(clauses, fn, elements: [elt])
        case .dictComp(let k, let v, let clauses, let fn):
            try comprehension(clauses, fn, elements: [k, v])
        case .walrus(let n, let value):
            try expression(value)
            // The walrus binds in the enclosing real scope, even inside a comprehension.
            scope.bound.insert(n)
        case .yield(let v):
            if let v = v { try expression(v) }
        case .yieldFrom(let v):
            try expression(v)
        }
    }

    private mutating func fstringParts(_ parts: [FStringPart]) throws {
        for p in parts {
            if case .field(let e, _, let spec, _) = p {
                try expression(e)
                try fstringParts(spec)
            }
        }
    }
}

/// Finds `yield` in a function body without descending into nested functions.
private struct YieldFinder {
    var found = false

    mutating func block(_ body: [Stmt]) {
        for s in body where !found { statement(s) }
    }

    mutating func statement(_ s: Stmt) {
        switch s.kind {
        case .expr(let e): expr(e)
        case .assign(_, let v): expr(v)
        case .augAssign(_, _, let v): expr(v)
        case .annAssign(_, let v): if let v = v { expr(v) }
        case .return(let v): if let v = v { expr(v) }
        case .if(let t, let b, let o), .while(let t, let b, let o):
            expr(t); block(b); block(o)
        case .for(_, let i, let b, let o):
            expr(i); block(b); block(o)
        case .try(let b, let hs, let o, let f):
            block(b); for h in hs { block(h.body) }; block(o); block(f)
        case .with(let items, let b):
            for (c, _) in items { expr(c) }
            block(b)
        default: break
        }
    }

    mutating func expr(_ e: Expr) {
        switch e.kind {
        case .yield, .yieldFrom: found = true
        case .call(let f, let args):
            expr(f)
            for a in args {
                switch a {
                case .positional(let x), .starred(let x), .keyword(_, let x), .doubleStarred(let x): expr(x)
                }
            }
        case .binary(_, let a, let b): expr(a); expr(b)
        case .tuple(let items), .list(let items): for i in items { expr(i) }
        case .conditional(let t, let b, let o): expr(t); expr(b); expr(o)
        case .walrus(_, let v): expr(v)
        default: break
        }
    }
}
