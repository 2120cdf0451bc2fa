/// Guards the recursive passes (resolver, compiler, evaluator) against absurdly deep
/// trees such as `1+1+...+1` with thousands of terms: the depth is measured here with an
/// explicit stack, and deeper trees are refused as CPython refuses them ("maximum
/// recursion depth exceeded during compilation").
enum TreeDepth {
    static let limit = 4000

    static func check(_ body: [Stmt]) throws {
        var stack: [(Node, Int)] = body.map { (.stmt($0), 1) }
        while let (node, depth) = stack.popLast() {
            if depth > limit {
                let range = node.range
                throw CompileError("maximum recursion depth exceeded during compilation", line: range.line, column: range.column, type: "RecursionError")
            }
            for child in node.children { stack.append((child, depth + 1)) }
        }
    }

    private enum Node {
        case stmt(Stmt)
        case expr(Expr)

        var range: SourceRange {
            switch self {
            case .stmt(let s): return s.range
            case .expr(let e): return e.range
            }
        }

        var children: [Node] {
            switch self {
            case .stmt(let s): return statementChildren(s)
            case .expr(let e): return expressionChildren(e)
            }
        }
    }

    private static func statementChildren(_ s: Stmt) -> [Node] {
        func stmts(_ b: [Stmt]) -> [Node] { b.map { .stmt($0) } }
        func exprs(_ e: [Expr?]) -> [Node] { e.compactMap { $0.map { .expr($0) } } }
        switch s.kind {
        case .expr(let e): return [.expr(e)]
        case .assign(let targets, let value): return exprs(targets + [value])
        case .augAssign(let t, _, let v): return exprs([t, v])
        case .annAssign(let t, let v): return exprs([t, v])
        case .if(let t, let b, let o), .while(let t, let b, let o): return exprs([t]) + stmts(b) + stmts(o)
        case .for(let t, let i, let b, let o): return exprs([t, i]) + stmts(b) + stmts(o)
        case .functionDef(let fn, let decorators): return exprs(decorators + fn.params.map { $0.defaultValue }) + stmts(fn.body)
        case .classDef(_, _, let bases, let body, let decorators): return exprs(decorators) + bases.map { argNode($0) } + stmts(body)
        case .return(let v): return exprs([v])
        case .delete(let targets): return exprs(targets)
        case .raise(let e, let c): return exprs([e, c])
        case .try(let b, let hs, let o, let f): return stmts(b) + hs.flatMap { exprs([$0.type]) + stmts($0.body) } + stmts(o) + stmts(f)
        case .with(let items, let b): return items.flatMap { exprs([$0.context, $0.target]) } + stmts(b)
        case .assert(let t, let m): return exprs([t, m])
        case .pass, .break, .continue, .global, .nonlocal, .import, .importFrom: return []
        }
    }

    private static func argNode(_ a: CallArg) -> Node {
        switch a {
        case .positional(let e), .starred(let e), .keyword(_, let e), .doubleStarred(let e): return .expr(e)
        }
    }

    private static func expressionChildren(_ e: Expr) -> [Node] {
        func exprs(_ e: [Expr?]) -> [Node] { e.compactMap { $0.map { .expr($0) } } }
        func clauses(_ cs: [Comprehension]) -> [Node] { cs.flatMap { exprs([$0.target, $0.iter] + $0.conditions) } }
        func parts(_ ps: [FStringPart]) -> [Node] {
            ps.flatMap { p -> [Node] in
                if case .field(let x, _, let spec, _) = p { return [.expr(x)] + parts(spec) }
                return []
            }
        }
        switch e.kind {
        case .name, .none, .true, .false, .ellipsis, .int, .float, .string, .bytes: return []
        case .fstring(let ps): return parts(ps)
        case .unary(_, let a), .starred(let a), .attribute(let a, _), .walrus(_, let a), .yieldFrom(let a): return [.expr(a)]
        case .binary(_, let a, let b), .index(let a, let b): return exprs([a, b])
        case .boolean(_, let items), .tuple(let items), .list(let items), .set(let items): return exprs(items)
        case .compare(let first, let rest): return exprs([first] + rest.map { $0.1 })
        case .call(let f, let args): return [.expr(f)] + args.map { argNode($0) }
        case .slice(let a, let b, let c): return exprs([a, b, c])
        case .dict(let entries): return entries.flatMap { exprs([$0.key, $0.value]) }
        case .conditional(let t, let b, let o): return exprs([t, b, o])
        case .lambda(let fn): return exprs(fn.params.map { $0.defaultValue }) + fn.body.map { .stmt($0) }
        case .listComp(let el, let cs, _), .setComp(let el, let cs, _), .generator(let el, let cs, _): return [.expr(el)] + clauses(cs)
        case .dictComp(let k, let v, let cs, _): return exprs([k, v]) + clauses(cs)
        case .yield(let v): return exprs([v])
        }
    }
}
