import BigInt
import OrderedCollections

/// Dunder names of the binary operators, forward and reflected.
let binaryDunders: [BinaryOp: (String, String, String)] = [
    .add: ("__add__", "__radd__", "__iadd__"), .sub: ("__sub__", "__rsub__", "__isub__"),
    .mul: ("__mul__", "__rmul__", "__imul__"), .matmul: ("__matmul__", "__rmatmul__", "__imatmul__"),
    .div: ("__truediv__", "__rtruediv__", "__itruediv__"), .floorDiv: ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    .mod: ("__mod__", "__rmod__", "__imod__"), .pow: ("__pow__", "__rpow__", "__ipow__"),
    .lshift: ("__lshift__", "__rlshift__", "__ilshift__"), .rshift: ("__rshift__", "__rrshift__", "__irshift__"),
    .and: ("__and__", "__rand__", "__iand__"), .or: ("__or__", "__ror__", "__ior__"), .xor: ("__xor__", "__rxor__", "__ixor__"),
]

extension Interpreter {
    /// `a <op> b` with Python's dispatch: built-in fast paths, then `__op__` of the left
    /// operand, then `__rop__` of the right one, then TypeError.
    public func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if let r = try supportedBinary(op, a, b) { return r }
        throw binaryTypeError(op, a, b)
    }

    /// `a <op> b` if some operand supports it, else nil.
    private func supportedBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        if let r = try numericBinary(op, a, b) { return r }
        if let r = try builtinBinary(op, a, b) { return r }
        return try dunderBinary(op, a, b)
    }

    /// The TypeError of an operator no operand supports; in place (`a += b`) it names `+=`.
    func binaryTypeError(_ op: BinaryOp, _ a: Value, _ b: Value, inPlace: Bool = false) -> PyException {
        if op == .add, case .str = a {
            return PyException(.typeError, "can only concatenate str (not \"\(typeName(b))\") to str")
        }
        if op == .add, case .object(let o) = a, o is PyList {
            return PyException(.typeError, "can only concatenate list (not \"\(typeName(b))\") to list")
        }
        if op == .add, case .object(let o) = a, o is PyTuple {
            return PyException(.typeError, "can only concatenate tuple (not \"\(typeName(b))\") to tuple")
        }
        if op == .mul, isSequence(a) || isSequence(b) {
            let other = isSequence(a) ? b : a
            return PyException(.typeError, "can't multiply sequence by non-int of type '\(typeName(other))'")
        }
        let symbol = inPlace ? op.rawValue + "=" : op == .pow ? "** or pow()" : op.rawValue
        return PyException(.typeError, "unsupported operand type(s) for \(symbol): '\(typeName(a))' and '\(typeName(b))'")
    }

    private func isSequence(_ v: Value) -> Bool {
        if case .str = v { return true }
        if case .object(let o) = v { return o is PyList || o is PyTuple }
        return false
    }

    /// Operators on built-in containers and strings.
    private func builtinBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case (.str(let x), .str(let y)):
            if op == .add { return .str(x + y) }
            if op == .mod { return try percentFormat(x, b) }
            return nil
        case (.str(let x), _):
            if op == .mul, let n = repeatCount(b) { return .str(try repeated(x, n)) }
            if op == .mod { return try percentFormat(x, b) }
            return nil
        case (_, .str(let y)):
            if op == .mul, let n = repeatCount(a) { return .str(try repeated(y, n)) }
            return nil
        case (.object(let x), .object(let y)):
            if let l = x as? PyList, let r = y as? PyList, op == .add { return .object(PyList(l.items + r.items)) }
            if let l = x as? PyTuple, let r = y as? PyTuple, op == .add { return .object(PyTuple(l.items + r.items)) }
            if let l = x as? PyBytes, let r = y as? PyBytes, op == .add { return .object(PyBytes(l.bytes + r.bytes)) }
            if let l = x as? PySet, let r = y as? PySet { return setOperator(op, l, r) }
            if let l = x as? PyDict, let r = y as? PyDict, op == .or {
                let d = PyDict(l.storage)
                for (k, v) in r.storage { d.storage[k] = v }
                return .object(d)
            }
            if let l = x as? PyDictView, l.kind != .values, let r = y as? PySet {
                let left = PySet(OrderedSet(try iterateToArray(.object(l)).map { try dictKey($0) }))
                return setOperator(op, left, r)
            }
            return try sequenceRepeat(op, a, b)
        case (.object, _), (_, .object):
            return try sequenceRepeat(op, a, b)
        default:
            return nil
        }
    }

    private func sequenceRepeat(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        guard op == .mul else { return nil }
        if case .object(let o) = a, let n = repeatCount(b) {
            if let l = o as? PyList { return .object(PyList(try repeatedArray(l.items, n))) }
            if let t = o as? PyTuple { return .object(PyTuple(try repeatedArray(t.items, n))) }
        }
        if case .object(let o) = b, let n = repeatCount(a) {
            if let l = o as? PyList { return .object(PyList(try repeatedArray(l.items, n))) }
            if let t = o as? PyTuple { return .object(PyTuple(try repeatedArray(t.items, n))) }
        }
        return nil
    }

    private func repeatCount(_ v: Value) -> Int? {
        switch v {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    private func repeated(_ s: String, _ n: Int) throws -> String {
        if n <= 0 || s.isEmpty { return "" }
        if s.utf8.count.multipliedReportingOverflow(by: n).overflow || s.utf8.count * n > 1 << 31 {
            throw PyException(.memoryError, [])
        }
        return String(repeating: s, count: n)
    }

    private func repeatedArray(_ items: [Value], _ n: Int) throws -> [Value] {
        if n <= 0 || items.isEmpty { return [] }
        if items.count.multipliedReportingOverflow(by: n).overflow || items.count * n > 1 << 28 {
            throw PyException(.memoryError, [])
        }
        var out: [Value] = []
        out.reserveCapacity(items.count * n)
        for _ in 0..<n { out += items }
        return out
    }

    func setOperator(_ op: BinaryOp, _ l: PySet, _ r: PySet) -> Value? {
        // Build in iteration order, as CPython fills the result table.
        let left = OrderedSet(l.ordered), right = OrderedSet(r.ordered)
        var result: OrderedSet<DictKey>
        switch op {
        case .or: result = left.union(right)
        case .and: result = l.storage.count <= r.storage.count ? left.intersection(right) : right.intersection(left)
        case .sub: result = left.subtracting(right)
        case .xor:
            // CPython copies the right operand, then toggles each element of the left.
            let out = PySet(right, frozen: l.isFrozen)
            for k in left {
                if out.remove(k) == nil { out.insert(k) }
            }
            return .object(out)
        default: return nil
        }
        return .object(PySet(result, frozen: l.isFrozen))
    }

    /// `__op__` / `__rop__` on instances and native objects.
    private func dunderBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        guard let names = binaryDunders[op] else { return nil }
        if case .object(let o) = a {
            if let n = o as? NativeObject, let r = try n.binary(op, b, reflected: false, self) { return r }
            if let cls = scriptClass(of: o), let m = cls.lookup(names.0) {
                let r = try callBound(m, a, [b])
                if !isNotImplemented(r) { return r }
            }
        }
        if case .object(let o) = b {
            if let n = o as? NativeObject, let r = try n.binary(op, a, reflected: true, self) { return r }
            if let cls = scriptClass(of: o), let m = cls.lookup(names.1) {
                let r = try callBound(m, b, [a])
                if !isNotImplemented(r) { return r }
            }
        }
        return nil
    }

    /// The class whose dunder methods apply: an instance's class, or a dict subclass.
    func scriptClass(of o: PyObject) -> PyClass? {
        if let inst = o as? PyInstance { return inst.cls }
        if let d = o as? PyDict { return d.subclass }
        return nil
    }

    func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === PySingleton.notImplemented }
        return false
    }

    /// `a op= b`: `__iop__` first, lists extend in place, then the plain operator.
    func inPlace(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if case .object(let o) = a {
            if let l = o as? PyList {
                if op == .add {
                    l.items += try iterateToArray(b)
                    return a
                }
                if op == .mul, case .int(let n) = b {
                    l.items = try repeatedArray(l.items, n)
                    return a
                }
            }
            if let s = o as? PySet, !s.isFrozen, case .object(let ro) = b, let r = ro as? PySet, let result = setOperator(op, s, r), case .object(let ns) = result, let newSet = ns as? PySet {
                s.replace(with: newSet.storage)
                return a
            }
            if let d = o as? PyDict, op == .or {
                try mergeIntoDict(d, b)
                return a
            }
            if let n = o as? NativeObject, let r = try n.inPlaceBinary(op, b, self) { return r }
            if let inst = o as? PyInstance, let names = binaryDunders[op], let m = inst.cls.lookup(names.2) {
                let r = try callBound(m, a, [b])
                if !isNotImplemented(r) { return r }
            }
        }
        if let r = try supportedBinary(op, a, b) { return r }
        throw binaryTypeError(op, a, b, inPlace: true)
    }

    /// `-a`, `+a`, `~a`, `not a`.
    public func unary(_ op: UnaryOp, _ v: Value) throws -> Value {
        switch (op, v) {
        case (.not, _): return .bool(try !isTruthy(v))
        case (.neg, .int(let i)): return i == Int.min ? .integer(-BigInt(i)) : .int(-i)
        case (.neg, .bool(let b)): return .int(b ? -1 : 0)
        case (.neg, .bigInt(let b)): return .integer(-b.value)
        case (.neg, .float(let d)): return .float(-d)
        case (.pos, .int), (.pos, .float), (.pos, .bigInt): return v
        case (.pos, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        case (.invert, .bigInt(let b)): return .integer(-b.value - 1)
        default: break
        }
        if case .object(let o) = v {
            if let n = o as? NativeObject, let r = try n.unary(op, self) { return r }
            let name = op == .neg ? "__neg__" : op == .pos ? "__pos__" : "__invert__"
            if let inst = o as? PyInstance, let m = inst.cls.lookup(name) { return try callBound(m, v, []) }
        }
        throw PyException(.typeError, "bad operand type for unary \(op.rawValue): '\(typeName(v))'")
    }
}
