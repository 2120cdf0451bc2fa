import BigInt

extension Interpreter {
    /// A comparison producing a value (rich comparisons may return non-bools).
    public func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .is: return .bool(isSame(a, b))
        case .isNot: return .bool(!isSame(a, b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(try !contains(b, a))
        default: break
        }
        if case .object(let o) = a, let n = o as? NativeObject, let r = try n.compare(op, b, self) { return r }
        if case .object(let o) = b, let n = o as? NativeObject, let r = try n.compare(op.swapped, a, self) { return r }
        if case .object(let o) = a, let inst = o as? PyInstance, let m = inst.cls.lookup(op.dunder) {
            let r = try callBound(m, a, [b])
            if !isNotImplemented(r) { return r }
        }
        if case .object(let o) = b, let inst = o as? PyInstance, let m = inst.cls.lookup(op.swapped.dunder) {
            let r = try callBound(m, b, [a])
            if !isNotImplemented(r) { return r }
        }
        return .bool(try compareToBool(op, a, b, dunders: false))
    }

    /// A comparison forced to a Bool (conditions, sorting).
    func compareToBool(_ op: CompareOp, _ a: Value, _ b: Value, dunders: Bool = true) throws -> Bool {
        switch op {
        case .eq: return try equals(a, b)
        case .ne: return try !equals(a, b)
        case .is: return isSame(a, b)
        case .isNot: return !isSame(a, b)
        case .in: return try contains(b, a)
        case .notIn: return try !contains(b, a)
        default: break
        }
        if let c = try orderBuiltin(a, b) {
            if c == nanOrder { return false }
            switch op {
            case .lt: return c < 0
            case .le: return c <= 0
            case .gt: return c > 0
            case .ge: return c >= 0
            default: break
            }
        }
        if dunders {
            return try isTruthy(try compare(op, a, b))
        }
        throw PyException(.typeError, "'\(op.rawValue)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }

    /// Three-way order of built-in values, nil when the pair has no built-in order.
    /// NaN compares false both ways, so it is handled by the callers' Double paths.
    func orderBuiltin(_ a: Value, _ b: Value) throws -> Int? {
        if let x = Number(a), let y = Number(b) {
            switch (x, y) {
            case (.int(let i), .int(let j)): return i < j ? -1 : (i > j ? 1 : 0)
            case (.float(let i), .float(let j)):
                if i.isNaN || j.isNaN { return nanOrder }
                return i < j ? -1 : (i > j ? 1 : 0)
            case (.float(let d), _):
                if d.isNaN { return nanOrder }
                return -compareIntToDouble(y.big, d)
            case (_, .float(let d)):
                if d.isNaN { return nanOrder }
                return compareIntToDouble(x.big, d)
            default:
                let i = x.big, j = y.big
                return i < j ? -1 : (i > j ? 1 : 0)
            }
        }
        switch (a, b) {
        case (.str(let x), .str(let y)):
            return compareStrings(x, y)
        case (.object(let x), .object(let y)):
            if let l = x as? PyList, let r = y as? PyList { return try compareSequences(l.items, r.items) }
            if let l = x as? PyTuple, let r = y as? PyTuple { return try compareSequences(l.items, r.items) }
            if let l = x as? PySet, let r = y as? PySet {
                // Subset order: only meaningful for <, <=, >, >= via this encoding.
                if l.storage == r.storage { return 0 }
                if l.storage.isSubset(of: r.storage) { return -1 }
                if l.storage.isSuperset(of: r.storage) { return 1 }
                return nanOrder
            }
            return nil
        default:
            return nil
        }
    }

    /// A value that makes every ordered comparison false (as NaN does).
    private var nanOrder: Int { Int.min }

    func compareStrings(_ x: String, _ y: String) -> Int {
        // Python compares code points; Swift's < on String uses Unicode canonical order.
        var i = x.unicodeScalars.makeIterator(), j = y.unicodeScalars.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let p?, let q?):
                if p != q { return p.value < q.value ? -1 : 1 }
            }
        }
    }

    private func compareIntToDouble(_ i: BigInt, _ d: Double) -> Int {
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let f = d.rounded(.down)
        let fi = BigInt(f)
        if i < fi { return -1 }
        if i > fi { return 1 }
        return f < d ? -1 : 0
    }

    private func compareSequences(_ a: [Value], _ b: [Value]) throws -> Int {
        for (x, y) in zip(a, b) {
            if try equals(x, y) { continue }
            return try compareToBool(.lt, x, y) ? -1 : 1
        }
        return a.count < b.count ? -1 : (a.count > b.count ? 1 : 0)
    }

    /// `a is b`.
    func isSame(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y && x >= -5 && x <= 256
        case (.str(let x), .str(let y)): return x == y && x.count <= 1
        case (.object(let x), .object(let y)): return x === y
        default: return false
        }
    }

    /// `a == b` with Python semantics (`__eq__` for instances, structural for containers).
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.str(let x), .str(let y)): return x == y
        case (.none, .none): return true
        case (.none, _), (_, .none):
            if case .object = a {} else if case .object = b {} else { return false }
        default: break
        }
        if let x = Number(a), let y = Number(b) {
            if case .float(let d) = x, d.isNaN { return false }
            if case .float(let d) = y, d.isNaN { return false }
            return try orderBuiltin(a, b) == 0
        }
        guard case .object(let ox) = a else {
            if case .object(let oy) = b { return try objectEquals(oy, b, a) }
            return false
        }
        if case .object(let oy) = b, ox === oy, !(ox is NativeObject) { return true }
        return try objectEquals(ox, a, b)
    }

    private func objectEquals(_ o: PyObject, _ a: Value, _ b: Value) throws -> Bool {
        if let inst = o as? PyInstance, let m = inst.cls.lookup("__eq__") {
            let r = try callBound(m, a, [b])
            if !isNotImplemented(r) { return try isTruthy(r) }
        }
        if case .object(let other) = b, let inst = other as? PyInstance, let m = inst.cls.lookup("__eq__"), !(o is PyInstance) {
            let r = try callBound(m, b, [a])
            if !isNotImplemented(r) { return try isTruthy(r) }
        }
        if let n = o as? NativeObject, let r = try n.compare(.eq, b, self) { return try isTruthy(r) }
        guard case .object(let p) = b else { return false }
        if let n = p as? NativeObject, let r = try n.compare(.eq, a, self) { return try isTruthy(r) }
        switch (o, p) {
        case (let l as PyList, let r as PyList): return try sequencesEqual(l.items, r.items)
        case (let l as PyTuple, let r as PyTuple): return try sequencesEqual(l.items, r.items)
        case (let l as PyDict, let r as PyDict):
            guard l.storage.count == r.storage.count else { return false }
            for (k, v) in l.storage {
                guard let w = r.storage[k], try equals(v, w) else { return false }
            }
            return true
        case (let l as PySet, let r as PySet): return l.storage.count == r.storage.count && l.storage.isSubset(of: r.storage)
        case (let l as PyBytes, let r as PyBytes): return l.bytes == r.bytes
        case (let l as PyRange, let r as PyRange):
            return l.count == r.count && (l.count == 0 || (l.start == r.start && (l.count == 1 || l.step == r.step)))
        case (let l as PySlice, let r as PySlice):
            return try equals(l.start, r.start) && equals(l.stop, r.stop) && equals(l.step, r.step)
        case (let l as PyDictView, let r as PyDictView) where l.kind == .keys && r.kind == .keys:
            return l.dict.storage.keys.count == r.dict.storage.keys.count && Set(l.dict.storage.keys).isSubset(of: Set(r.dict.storage.keys))
        case (let l as PyBoundMethod, let r as PyBoundMethod):
            return isSame(l.receiver, r.receiver) && isSame(l.function, r.function)
        default: return o === p
        }
    }

    private func sequencesEqual(_ a: [Value], _ b: [Value]) throws -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            if isSame(x, y) { continue }
            if try !equals(x, y) { return false }
        }
        return true
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item else {
                throw PyException(.typeError, "'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return sub.isEmpty || s.contains(sub)
        case .object(let o):
            if let l = o as? PyList {
                for x in l.items where try isSame(x, item) || equals(x, item) { return true }
                return false
            }
            if let t = o as? PyTuple {
                for x in t.items where try isSame(x, item) || equals(x, item) { return true }
                return false
            }
            if let d = o as? PyDict { return d.storage[try dictKey(item)] != nil }
            if let s = o as? PySet { return s.storage.contains(try dictKey(item)) }
            if let v = o as? PyDictView, v.kind == .keys { return v.dict.storage[try dictKey(item)] != nil }
            if let r = o as? PyRange {
                guard case .int(let i) = item else { break }
                if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
                return (i - r.start) % r.step == 0
            }
            if let n = o as? NativeObject, let r = try n.contains(item, self) { return r }
            if let inst = o as? PyInstance, let m = inst.cls.lookup("__contains__") {
                return try isTruthy(try callBound(m, container, [item]))
            }
        default:
            break
        }
        guard let next = try? makeIterator(container) else {
            throw PyException(.typeError, "argument of type '\(typeName(container))' is not iterable")
        }
        while let x = try next() {
            if try isSame(x, item) || equals(x, item) { return true }
        }
        return false
    }
}

extension CompareOp {
    var dunder: String {
        switch self {
        case .eq: return "__eq__"
        case .ne: return "__ne__"
        case .lt: return "__lt__"
        case .le: return "__le__"
        case .gt: return "__gt__"
        case .ge: return "__ge__"
        default: return "__contains__"
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    var swapped: CompareOp {
        switch self {
        case .lt: return .gt
        case .gt: return .lt
        case .le: return .ge
        case .ge: return .le
        default: return self
        }
    }
}
