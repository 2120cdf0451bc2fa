/// Where a node sits in the source: 1-based lines, 0-based character columns, end exclusive.
public struct SourceRange: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
}

/// An expression node: its kind and its place in the source (for carets in tracebacks).
struct Expr {
    var kind: ExprKind
    var range: SourceRange
    /// For an expression written in parentheses: the range with them. CPython's node keeps
    /// the inner range, but a node built around it (`(a) + b`, `(f)(x)`) starts or ends at
    /// the parenthesis, and so do its carets.
    var parenthesized: SourceRange? = nil

    /// The range a node built around this one spans from or to.
    var outerRange: SourceRange { parenthesized ?? range }
}

public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", matmul = "@", div = "/", floorDiv = "//", mod = "%"
    case pow = "**", lshift = "<<", rshift = ">>", and = "&", or = "|", xor = "^"
}

public enum UnaryOp: String, Sendable {
    case neg = "-", pos = "+", invert = "~", not = "not"
}

public enum CompareOp: String, Sendable {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

/// One piece of an f-string: literal text or a replacement field.
enum FStringPart {
    case literal(String)
    /// `{expr!conv:spec}`; `debugText` is the `expr=` prefix of the `{x=}` form.
    case field(Expr, conversion: Character?, spec: [FStringPart], debugText: String?)
}

/// An argument at a call site.
enum CallArg {
    case positional(Expr)
    case starred(Expr)
    case keyword(String, Expr)
    case doubleStarred(Expr)
}

/// One `for ... in ... if ...` clause of a comprehension.
struct Comprehension {
    var target: Expr
    var iter: Expr
    var conditions: [Expr]
}

enum ParamKind { case positional, varArgs, keywordOnly, varKeywords }

struct Param {
    var name: String
    var kind: ParamKind
    var defaultValue: Expr?
}

/// A function's code as written: shared by `def`, `lambda` and comprehensions (which
/// Python runs as hidden functions with their own scope). `id` keys the resolver's scopes.
final class FunctionNode {
    let id: Int
    var name: String
    var params: [Param]
    var body: [Stmt]
    var range: SourceRange
    var isGenerator = false
    /// For a generator expression passed to a call: the call, which consumes it.
    var callRange: SourceRange? = nil
    /// A generator expression written as a call's only argument, without parentheses of its
    /// own, and then the call's parentheses (which CPython 3.11 gives it as its place).
    var isBareArgument = false
    var argumentParentheses: SourceRange? = nil

    init(id: Int, name: String, params: [Param], body: [Stmt], range: SourceRange) {
        self.id = id
        self.name = name
        self.params = params
        self.body = body
        self.range = range
    }

    var docstring: String? { Script.docstring(of: body) }
}

/// A body's docstring: a plain string literal as its first statement, as in Python (for
/// functions, classes and modules alike).
func docstring(of body: [Stmt]) -> String? {
    guard case .expr(let e)? = body.first?.kind, case .string(let text) = e.kind else { return nil }
    return text
}

indirect enum ExprKind {
    case name(String)
    case none, `true`, `false`, ellipsis
    case int(String)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case fstring([FStringPart])
    case unary(UnaryOp, Expr)
    case binary(BinaryOp, Expr, Expr)
    /// `and` (true) or `or` (false) over two or more operands.
    case boolean(isAnd: Bool, [Expr])
    case compare(Expr, [(CompareOp, Expr)])
    case call(Expr, [CallArg])
    case attribute(Expr, String)
    case index(Expr, Expr)
    case slice(Expr?, Expr?, Expr?)
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    /// A nil key stands for `**mapping` inside the display.
    case dict([(key: Expr?, value: Expr)])
    case starred(Expr)
    case conditional(test: Expr, body: Expr, orElse: Expr)
    case lambda(FunctionNode)
    /// Comprehensions: `function` holds the hidden scope; its body is unused.
    case listComp(Expr, [Comprehension], FunctionNode)
    case setComp(Expr, [Comprehension], FunctionNode)
    case dictComp(Expr, Expr, [Comprehension], FunctionNode)
    case generator(Expr, [Comprehension], FunctionNode)
    case walrus(String, Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
}

struct ExceptHandler {
    var type: Expr?
    var name: String?
    var body: [Stmt]
    var line: Int
}

struct Stmt {
    var kind: StmtKind
    var range: SourceRange
}

indirect enum StmtKind {
    case expr(Expr)
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOp, value: Expr)
    case annAssign(target: Expr, value: Expr?)
    case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt])
    case functionDef(FunctionNode, decorators: [Expr])
    case classDef(id: Int, name: String, bases: [CallArg], body: [Stmt], decorators: [Expr])
    case `return`(Expr?)
    case pass, `break`, `continue`
    case delete([Expr])
    case global([String])
    case nonlocal([String])
    /// `import a.b as c`: one entry per module.
    case `import`([(module: String, asName: String?)])
    /// `from a.b import c as d`; names == [("*", nil)] for a star import.
    case importFrom(module: String, level: Int, names: [(name: String, asName: String?)])
    case raise(Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
    case with(items: [(context: Expr, target: Expr?)], body: [Stmt])
    case assert(test: Expr, message: Expr?)
}
