/// Operands read in place. Most operands of arithmetic and comparisons are local variables
/// or literals (`n - 1`, `i < n`, `x % 3`); reading those straight from the frame, instead
/// of through a child closure, saves a closure call and its Value return per operand.
/// Operator code is written once, generic over `OperandReader`, and the compiler picks a
/// specialisation per operand shape (`specialise`).
protocol OperandReader {
    func read(_ f: Frame) throws -> Value
    /// The operand's value when it is an int that can be had without a copy or running code
    /// (a local or a literal); nil otherwise, and then `read` gives the value.
    func peekInt(_ f: Frame) -> Int?
    /// True when the operand holds `object`, found without running code or copying the
    /// value (false when that cannot be known so).
    func holds(_ object: PyObject, _ f: Frame) -> Bool
    /// The operand as the callee of a call with `arity` positional arguments.
    func readCallee(_ f: Frame, arity: Int) throws -> Callee
}

extension OperandReader {
    @inline(__always) func peekInt(_ f: Frame) -> Int? { nil }

    @inline(__always) func holds(_ object: PyObject, _ f: Frame) -> Bool { false }

    @inline(__always) func readCallee(_ f: Frame, arity: Int) throws -> Callee {
        let v = try read(f)
        if let pf = plainFunction(v, arity: arity) { return .plain(pf) }
        return .other(v)
    }
}

/// A call's callee: a plain script function taking the call's arguments in its first slots
/// (`PyFunction.plainArity`), or anything else.
enum Callee {
    case plain(PyFunction)
    case other(Value)
}

/// `v` when it is a plain function of `arity` positional parameters.
@inline(__always) func plainFunction(_ v: Value?, arity: Int) -> PyFunction? {
    if case .object(let o)? = v, let pf = o as? PyFunction, pf.plainArity == arity { return pf }
    return nil
}

/// A local variable in a frame slot.
struct LocalOperand: OperandReader {
    let slot: Int
    /// What the UnboundLocalError names, behind one reference: a closure unpacks all its
    /// captures on every call, so operands keep only what their fast path reads inline.
    private let unbound: UnboundLocalSite

    init(slot: Int, name: String, range: SourceRange?) {
        self.slot = slot
        unbound = UnboundLocalSite(name: name, range: range)
    }

    @inline(__always) func read(_ f: Frame) throws -> Value {
        if let v = f.slots[slot] { return v }
        throw unboundLocal(unbound.name, range: unbound.range)
    }

    @inline(__always) func peekInt(_ f: Frame) -> Int? {
        if case .int(let i)? = f.slots[slot] { return i }
        return nil
    }
}

/// The name and place of a local variable, for its UnboundLocalError.
final class UnboundLocalSite {
    let name: String
    let range: SourceRange?
    init(name: String, range: SourceRange?) {
        self.name = name
        self.range = range
    }
}

/// A variable that compiled code both reads and writes (augmented assignment): locals and
/// globals in place, others through their load and store closures.
protocol VariableAccess {
    func load(_ f: Frame) throws -> Value
    func store(_ f: Frame, _ v: consuming Value)
    /// Raises what `load` raises for an unset variable, without reading its value.
    func checkBound(_ f: Frame) throws
    /// Appends `tail` to the str the variable holds, with no copy of the variable's value
    /// (the string grows in place when nothing else holds it). False when the variable
    /// holds no str, or cannot be changed in place.
    func appendInPlace(_ f: Frame, _ tail: String) -> Bool
}

extension VariableAccess {
    func checkBound(_ f: Frame) throws { _ = try load(f) }
    func appendInPlace(_ f: Frame, _ tail: String) -> Bool { false }
}

/// Appends `tail` to the str in `place`, moving the string out and back so the only
/// reference to it is the one growing.
@inline(__always) private func appendInPlace(_ place: UnsafeMutablePointer<Value?>, _ tail: String) -> Bool {
    guard case .str? = place.pointee, case .str(var text)? = place.move() else { return false }
    text += tail
    place.initialize(to: .str(consume text))
    return true
}

extension LocalOperand: VariableAccess {
    @inline(__always) func load(_ f: Frame) throws -> Value { try read(f) }
    @inline(__always) func store(_ f: Frame, _ v: consuming Value) { f.setSlot(slot, v) }
    @inline(__always) func checkBound(_ f: Frame) throws {
        if case nil = f.slots[slot] { throw unboundLocal(unbound.name, range: unbound.range) }
    }
    @inline(__always) func appendInPlace(_ f: Frame, _ tail: String) -> Bool {
        Script.appendInPlace(f.slots + slot, tail)
    }
}

/// A module variable: its box, and the full lookup (builtins, NameError) when it is unset.
struct GlobalVariable: VariableAccess {
    let box: GlobalBox
    let lookup: ExprCode

    @inline(__always) func load(_ f: Frame) throws -> Value {
        if let v = box.value { return v }
        return try lookup(f)
    }
    @inline(__always) func store(_ f: Frame, _ v: consuming Value) { box.value = v }
    /// An unset module variable may still be read (a builtin): the full read decides.
    @inline(__always) func checkBound(_ f: Frame) throws {
        if case nil = box.value { _ = try lookup(f) }
    }
    @inline(__always) func appendInPlace(_ f: Frame, _ tail: String) -> Bool {
        withUnsafeMutablePointer(to: &box.value) { Script.appendInPlace($0, tail) }
    }
}

extension GlobalVariable: OperandReader {
    @inline(__always) func read(_ f: Frame) throws -> Value { try load(f) }

    @inline(__always) func peekInt(_ f: Frame) -> Int? {
        if case .int(let i)? = box.value { return i }
        return nil
    }

    @inline(__always) func holds(_ object: PyObject, _ f: Frame) -> Bool {
        box.objectIdentity == ObjectIdentifier(object)
    }

    /// Looks in the box first, so a function's value is not copied out before its object.
    @inline(__always) func readCallee(_ f: Frame, arity: Int) throws -> Callee {
        if let pf = plainFunction(box.value, arity: arity) { return .plain(pf) }
        return .other(try read(f))
    }
}

/// Cells and class-body names, through the compiler's closures.
struct NamedVariable: VariableAccess {
    let loadCode: ExprCode
    let storeCode: (Frame, consuming Value) -> Void

    @inline(__always) func load(_ f: Frame) throws -> Value { try loadCode(f) }
    @inline(__always) func store(_ f: Frame, _ v: consuming Value) { storeCode(f, v) }
}

/// Builds code that reads and writes one variable.
protocol VariableCodeBuilder {
    func build<V: VariableAccess>(_ variable: V) -> StmtCode
}

/// A literal.
struct ConstantOperand: OperandReader {
    let value: Value

    @inline(__always) func read(_ f: Frame) throws -> Value { value }
    @inline(__always) func peekInt(_ f: Frame) -> Int? {
        if case .int(let i) = value { return i }
        return nil
    }
}

/// Any other expression, through its compiled closure. Also the element type of arrays of
/// compiled expressions (`Compiler.expressions`): a closure stored straight in an Array is
/// kept in the generic, re-abstracted form, and every call would pass through a conversion
/// thunk; inside a struct it keeps its own calling convention.
struct ComputedOperand: OperandReader {
    let code: ExprCode
    @inline(__always) func read(_ f: Frame) throws -> Value { try code(f) }
}

/// `name + k` or `name - k` of a local variable and an int literal (`n - 1`, `i + 1`): an int
/// result is computed in place; anything else (floats, overflow, errors and their
/// tracebacks) goes through the operator's full code.
struct LocalOffsetOperand: OperandReader {
    let slot: Int
    let offset: Int
    let general: ExprCode

    @inline(__always) func read(_ f: Frame) throws -> Value {
        if case .int(let i)? = f.slots[slot] {
            let (sum, overflow) = i.addingReportingOverflow(offset)
            if !overflow { return .int(sum) }
        }
        return try general(f)
    }
}

/// A loop's target (`for` statements and comprehension clauses): a local or module
/// variable written in place, the usual cases, or any other target through its assignment
/// code.
enum LoopTarget {
    case slot(Int)
    case global(GlobalBox)
    case code((Frame, consuming Value) throws -> Void)

    @inline(__always) func store(_ f: Frame, _ v: consuming Value) throws {
        switch self {
        case .slot(let i): f.setSlot(i, v)
        case .global(let box): box.value = v
        case .code(let code): try code(f, v)
        }
    }
}

/// The compiled form of a two-operand construct. A concrete type, not an associated
/// type: a closure returned through a generic result would be re-abstracted, and every
/// call would then pass through two conversion thunks.
enum OperatorCode {
    case value(ExprCode)
    case test((Frame) throws -> Bool)
    /// A statement built around the construct (an `if` around its comparison).
    case statement(StmtCode)
    /// An assignment target of two operands (`container[key] = value`).
    case store((Frame, consuming Value) throws -> Void)
}

/// Builds the code of a two-operand construct for any pair of operand readers.
protocol OperandPairBuilder {
    func build<A: OperandReader, B: OperandReader>(_ a: A, _ b: B) -> OperatorCode
}

/// The UnboundLocalError of a local read before assignment.
func unboundLocal(_ name: String, range: SourceRange?) -> PyException {
    let e = PyException(.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    if let r = range { e.notePending(r) }
    return e
}

extension Compiler {
    /// The slot of `e` when it is a plain local variable.
    private func localSlot(_ e: Expr) -> (slot: Int, name: String)? {
        guard case .name(let n) = e.kind, case .slot(let i) = scope.locate(renamed(n)) else { return nil }
        return (i, n)
    }

    /// The target of a loop over `e`'s items.
    func loopTarget(_ e: Expr) throws -> LoopTarget {
        if let local = localSlot(e) { return .slot(local.slot) }
        if let global = globalOperand(e) { return .global(global.box) }
        return .code(try assignTarget(e))
    }

    /// A reader of `e` in place when it is a plain local variable.
    func localOperand(_ e: Expr) -> LocalOperand? {
        localSlot(e).map { LocalOperand(slot: $0.slot, name: $0.name, range: e.range) }
    }

    /// A reader of `e` when it is a local variable plus or minus an int literal.
    func localOffsetOperand(_ e: Expr) throws -> LocalOffsetOperand? {
        guard case .binary(let op, let l, let r) = e.kind, op == .add || op == .sub,
              let local = localSlot(l), case .int(let k)? = try literal(r), k != Int.min else { return nil }
        return LocalOffsetOperand(slot: local.slot, offset: op == .add ? k : -k, general: try expression(e))
    }

    /// The value of `e` when it is a literal number or string.
    private func literal(_ e: Expr) throws -> Value? {
        switch e.kind {
        case .int(let text): return try parseIntLiteral(text, range: e.range)
        case .float(let d): return .float(d)
        case .string(let s): return .str(s)
        default: return nil
        }
    }

    /// Hands the variable `name` to `builder` in the cheapest form that fits.
    func specialise<B: VariableCodeBuilder>(variable name: String, _ builder: B) -> StmtCode {
        switch scope.locate(renamed(name)) {
        case .slot(let i): return builder.build(LocalOperand(slot: i, name: name, range: nil))
        case .global(let n): return builder.build(GlobalVariable(box: module.box(n), lookup: loadName(name)))
        default: return builder.build(NamedVariable(loadCode: loadName(name), storeCode: storeName(name)))
        }
    }

    /// Compiles each of `items` (see `ComputedOperand` for why they are wrapped).
    func expressions(_ items: [Expr]) throws -> [ComputedOperand] {
        try items.map { ComputedOperand(code: try expression($0)) }
    }

    /// Compiles `l` and `r` and hands them to `builder` as the cheapest readers that fit.
    /// The builder is made after both operands are compiled (an `if` compiles its branches
    /// then, keeping the source order).
    func specialise<B: OperandPairBuilder>(_ l: Expr, _ r: Expr, _ builder: @autoclosure () throws -> B) throws -> OperatorCode {
        let rightConstant = try literal(r)
        if let a = localOperand(l) { return try specialise(a, r, rightConstant, try builder()) }
        if let a = globalOperand(l) { return try specialise(a, r, rightConstant, try builder()) }
        return try specialise(ComputedOperand(code: try expression(l)), r, rightConstant, try builder())
    }

    /// `specialise` with the left reader chosen.
    private func specialise<A: OperandReader, B: OperandPairBuilder>(_ a: A, _ r: Expr, _ rightConstant: Value?, _ builder: @autoclosure () throws -> B) throws -> OperatorCode {
        if let c = rightConstant { return try builder().build(a, ConstantOperand(value: c)) }
        if let b = localOperand(r) { return try builder().build(a, b) }
        if let b = globalOperand(r) { return try builder().build(a, b) }
        return try builder().build(a, ComputedOperand(code: try expression(r)))
    }

    /// A reader of `e` in its module box when it is a module-level variable.
    func globalOperand(_ e: Expr) -> GlobalVariable? {
        guard case .name(let n) = e.kind, case .global(let g) = scope.locate(renamed(n)) else { return nil }
        return GlobalVariable(box: module.box(g), lookup: loadName(n, range: e.range))
    }

    /// `specialise` for a construct that produces a value.
    func specialisedValue<B: OperandPairBuilder>(_ l: Expr, _ r: Expr, _ builder: @autoclosure () throws -> B) throws -> ExprCode {
        guard case .value(let code) = try specialise(l, r, try builder()) else { preconditionFailure("builder makes no values") }
        return code
    }

    /// `specialise` for a construct that makes a statement.
    func specialisedStatement<B: OperandPairBuilder>(_ l: Expr, _ r: Expr, _ builder: @autoclosure () throws -> B) throws -> StmtCode {
        guard case .statement(let code) = try specialise(l, r, try builder()) else { preconditionFailure("builder makes no statements") }
        return code
    }

    /// `specialise` for an assignment target.
    func specialisedStore<B: OperandPairBuilder>(_ l: Expr, _ r: Expr, _ builder: @autoclosure () throws -> B) throws -> (Frame, consuming Value) throws -> Void {
        guard case .store(let code) = try specialise(l, r, try builder()) else { preconditionFailure("builder makes no stores") }
        return code
    }

    /// `specialise` for a construct that produces a test.
    func specialisedTest<B: OperandPairBuilder>(_ l: Expr, _ r: Expr, _ builder: @autoclosure () throws -> B) throws -> (Frame) throws -> Bool {
        guard case .test(let code) = try specialise(l, r, try builder()) else { preconditionFailure("builder makes no tests") }
        return code
    }
}
