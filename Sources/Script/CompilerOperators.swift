/// Code for binary operators and single comparisons, generic over how the two operands
/// are read (CompilerOperands.swift). Each has an inline fast path for ints (and floats
/// where it is as cheap) and falls back to the full operator dispatch in Runtime/.

/// `a OP b` for arithmetic and bitwise operators.
struct BinaryOperation: OperandPairBuilder {
    unowned(unsafe) let interp: Interpreter
    let op: BinaryOp
    let range: SourceRange
    let operatorRange: SourceRange?

    func build<A: OperandReader, B: OperandReader>(_ a: A, _ b: B) -> OperatorCode {
        let op = self.op
        let site = OperatorSite(interp: interp, range: range, operatorRange: operatorRange)
        @inline(__always) func slow(_ x: Value, _ y: Value) throws -> Value { try site.binary(op, x, y) }
        switch op {
        case .add:
            return .value { f in
                if let i = a.peekInt(f), let j = b.peekInt(f) {
                    let (s, o) = i.addingReportingOverflow(j)
                    if !o { return .int(s) }
                }
                let x = try a.read(f), y = try b.read(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (s, o) = i.addingReportingOverflow(j)
                    if !o { return .int(s) }
                } else if case .float(let i) = x, case .float(let j) = y {
                    return .float(i + j)
                }
                return try slow(x, y)
            }
        case .sub:
            return .value { f in
                if let i = a.peekInt(f), let j = b.peekInt(f) {
                    let (s, o) = i.subtractingReportingOverflow(j)
                    if !o { return .int(s) }
                }
                let x = try a.read(f), y = try b.read(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (s, o) = i.subtractingReportingOverflow(j)
                    if !o { return .int(s) }
                } else if case .float(let i) = x, case .float(let j) = y {
                    return .float(i - j)
                }
                return try slow(x, y)
            }
        case .mul:
            return .value { f in
                let x = try a.read(f), y = try b.read(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (s, o) = i.multipliedReportingOverflow(by: j)
                    if !o { return .int(s) }
                } else if case .float(let i) = x, case .float(let j) = y {
                    return .float(i * j)
                }
                return try slow(x, y)
            }
        case .mod:
            return .value { f in
                if let i = a.peekInt(f), let j = b.peekInt(f), j > 0, i >= 0 { return .int(i % j) }
                let x = try a.read(f), y = try b.read(f)
                // Python's % takes the divisor's sign; for these operands it agrees with Swift's.
                if case .int(let i) = x, case .int(let j) = y, j > 0, i >= 0 {
                    return .int(i % j)
                }
                return try slow(x, y)
            }
        case .floorDiv:
            return .value { f in
                let x = try a.read(f), y = try b.read(f)
                if case .int(let i) = x, case .int(let j) = y, j > 0, i >= 0 {
                    return .int(i / j)
                }
                return try slow(x, y)
            }
        default:
            return .value { f in try slow(try a.read(f), try b.read(f)) }
        }
    }
}

/// Compares two ints without boxing, for the operators that order them.
@inline(__always) private func compareInts(_ op: CompareOp, _ i: Int, _ j: Int) -> Bool? {
    switch op {
    case .lt: return i < j
    case .le: return i <= j
    case .gt: return i > j
    case .ge: return i >= j
    case .eq: return i == j
    case .ne: return i != j
    default: return nil
    }
}

/// `a OP b`: as a value (`x = a < b`); as the test of a `while` or comprehension filter,
/// straight to Bool; or as the test of an `if`, built into the statement's own closure.
struct Comparison: OperandPairBuilder {
    enum Form {
        case value
        case test
        case ifStatement(IfParts)
    }

    unowned(unsafe) let interp: Interpreter
    let op: CompareOp
    let range: SourceRange
    let form: Form

    func build<A: OperandReader, B: OperandReader>(_ a: A, _ b: B) -> OperatorCode {
        let op = self.op
        let site = OperatorSite(interp: interp, range: range, operatorRange: nil)
        switch form {
        case .test:
            let test = ComparisonTest(a: a, b: b, op: op, site: site)
            return .test { f in try test.holds(f) }
        case .ifStatement(let parts):
            return .statement(parts.build(ComparisonTest(a: a, b: b, op: op, site: site)))
        case .value:
            return .value { f in
                if let i = a.peekInt(f), let j = b.peekInt(f), let result = compareInts(op, i, j) { return .bool(result) }
                let x = try a.read(f), y = try b.read(f)
                if case .int(let i) = x, case .int(let j) = y, let result = compareInts(op, i, j) { return .bool(result) }
                return try site.compare(op, x, y)
            }
        }
    }
}

/// `a OP b` as a test: ints compared in place, everything else by the interpreter.
struct ComparisonTest<A: OperandReader, B: OperandReader>: TestReader {
    let a: A
    let b: B
    let op: CompareOp
    let site: OperatorSite

    @inline(__always) func holds(_ f: Frame) throws -> Bool {
        if let i = a.peekInt(f), let j = b.peekInt(f), let result = compareInts(op, i, j) { return result }
        let x = try a.read(f), y = try b.read(f)
        if case .int(let i) = x, case .int(let j) = y, let result = compareInts(op, i, j) { return result }
        return try site.compareToBool(op, x, y)
    }
}

/// `name OP= value`, reading and writing the variable in place.
struct AugmentedAssignment: VariableCodeBuilder {
    unowned(unsafe) let interp: Interpreter
    let op: BinaryOp
    let value: ExprCode
    /// The value is a literal or a variable: reading it runs no code and cannot change the
    /// target, so it is read first and a str target can grow without its value being copied.
    let valueIsPlainRead: Bool
    let range: SourceRange

    func build<V: VariableAccess>(_ variable: V) -> StmtCode {
        let (op, valueCode, plainRead) = (self.op, self.value, self.valueIsPlainRead)
        let site = OperatorSite(interp: interp, range: range, operatorRange: nil)
        return { f in
            var current: Value
            let rhs: Value
            if plainRead {
                try variable.checkBound(f)
                rhs = try valueCode(f)
                if op == .add, case .str(let tail) = rhs, variable.appendInPlace(f, tail) { return .normal }
                current = try variable.load(f)
            } else {
                current = try variable.load(f)
                rhs = try valueCode(f)
            }
            if op == .add, case .int(let a) = current, case .int(let b) = rhs {
                let (r, o) = a.addingReportingOverflow(b)
                if !o {
                    variable.store(f, .int(r))
                    return .normal
                }
            }
            if op == .add, case .str(let tail) = rhs, case .str = current {
                // Our reference moves into `text` and the variable drops its own, so the
                // string is uniquely referenced and grows in place: a loop of `s += piece`
                // is linear, not quadratic.
                guard case .str(var text) = consume current else { preconditionFailure("checked above") }
                variable.store(f, .none)
                text += tail
                variable.store(f, .str(consume text))
                return .normal
            }
            let result = try site.inPlace(op, current, rhs)
            variable.store(f, result)
            return .normal
        }
    }
}

/// `container[key]`: read (a value), or assigned (a store). A list indexed by an int is
/// read in place; everything else goes through the interpreter's item protocol.
struct Subscript: OperandPairBuilder {
    unowned(unsafe) let interp: Interpreter
    let range: SourceRange
    /// The caret of a failing read or store: the subscript after the container (CPython's anchor).
    let subscriptAnchor: SourceRange?
    let isStore: Bool

    func build<A: OperandReader, B: OperandReader>(_ a: A, _ b: B) -> OperatorCode {
        if isStore {
            let site = OperatorSite(interp: interp, range: range, operatorRange: subscriptAnchor)
            return .store { f, v in
                let container = try a.read(f)
                let key = try b.read(f)
                // A plain dict (a subclass may override `__setitem__`) stores in place.
                if case .object(let c) = container, let d = c as? PyDict, d.subclass == nil {
                    let hash = try site.keyHash(key)
                    d.storage[DictKey(key, hash: hash)] = v
                    return
                }
                try site.setItem(container, key, v)
            }
        }
        let site = OperatorSite(interp: interp, range: range, operatorRange: subscriptAnchor)
        return .value { f in
            let container = try a.read(f)
            let key = try b.read(f)
            if case .object(let c) = container, case .int(let k) = key, let list = c as? PyList {
                let idx = k < 0 ? k + list.items.count : k
                if idx >= 0 && idx < list.items.count { return list.items[idx] }
            }
            return try site.getItem(container, key)
        }
    }
}

/// The cold half of an operator's compiled code: the full dispatch of its slow path, and
/// where its errors point. Behind one reference, so the fast path's closure captures little
/// (a closure unpacks all its captures on every call).
final class OperatorSite {
    private let interp: UnretainedInterpreter
    private let range: SourceRange
    private let operatorRange: SourceRange?

    init(interp: Interpreter, range: SourceRange, operatorRange: SourceRange?) {
        self.interp = UnretainedInterpreter(interp)
        self.range = range
        self.operatorRange = operatorRange
    }

    /// Runs `body`, anchoring an exception it raises at the operator (for the traceback's caret).
    @inline(__always) private func noting<T>(_ body: (Interpreter) throws -> T) throws -> T {
        do { return try interp.use(body) } catch let err as PyException {
            err.notePending(range, operator: operatorRange)
            throw err
        }
    }

    func binary(_ op: BinaryOp, _ x: Value, _ y: Value) throws -> Value { try noting { try $0.binary(op, x, y) } }
    func inPlace(_ op: BinaryOp, _ x: Value, _ y: Value) throws -> Value { try noting { try $0.inPlace(op, x, y) } }
    func compare(_ op: CompareOp, _ x: Value, _ y: Value) throws -> Value { try noting { try $0.compare(op, x, y) } }
    func compareToBool(_ op: CompareOp, _ x: Value, _ y: Value) throws -> Bool { try noting { try $0.compareToBool(op, x, y) } }
    func getItem(_ container: Value, _ key: Value) throws -> Value { try noting { try $0.getItem(container, key) } }
    func setItem(_ container: Value, _ key: Value, _ value: Value) throws { try noting { try $0.setItem(container, key, value) } }
    func keyHash(_ key: Value) throws -> Int { try noting { try $0.keyHash(key) } }
}
