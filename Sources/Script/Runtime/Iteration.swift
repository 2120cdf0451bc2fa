extension Interpreter {
    /// Python's iteration protocol: a closure returning the next item or nil at the end.
    public func makeIterator(_ v: Value) throws -> () throws -> Value? {
        switch v {
        case .str(let s):
            var it = s.makeIterator()
            return { it.next().map { .str(String($0)) } }
        case .object(let o):
            switch o {
            case let l as PyList:
                var i = 0
                return {
                    guard i < l.items.count else { return nil }
                    defer { i += 1 }
                    return l.items[i]
                }
            case let t as PyTuple:
                var i = 0
                return {
                    guard i < t.items.count else { return nil }
                    defer { i += 1 }
                    return t.items[i]
                }
            case let r as PyRange:
                var i = 0
                let n = r.count
                return {
                    guard i < n else { return nil }
                    defer { i += 1 }
                    return .int(r.element(i))
                }
            case let d as PyDict:
                return dictIterator(d) { k, _ in k.value }
            case let s as PySet:
                let items = setOrder(s)
                var i = 0
                let size = s.storage.count
                return {
                    guard s.storage.count == size else { throw PyException(.runtimeError, "Set changed size during iteration") }
                    guard i < items.count else { return nil }
                    defer { i += 1 }
                    return items[i]
                }
            case let v as PyDictView:
                switch v.kind {
                case .keys: return dictIterator(v.dict) { k, _ in k.value }
                case .values: return dictIterator(v.dict) { _, value in value }
                case .items: return dictIterator(v.dict) { k, value in .object(PyTuple([k.value, value])) }
                }
            case let it as PyIterator:
                return { try it.next() }
            case let b as PyBytes:
                var i = 0
                return {
                    guard i < b.bytes.count else { return nil }
                    defer { i += 1 }
                    return .int(Int(b.bytes[i]))
                }
            case let g as PyGenerator:
                return { try g.runner.resume() }
            case let f as PyFile:
                return {
                    guard f.position < f.lines.count else { return nil }
                    defer { f.position += 1 }
                    return .str(f.lines[f.position])
                }
            case let n as NativeObject:
                if let next = try n.makeIterator(self) { return next }
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__iter__") {
                    let iterator = try callBound(m, v, [])
                    if case .object(let io) = iterator, io is PyIterator || io is PyList {
                        return try makeIterator(iterator)
                    }
                    guard let nextMethod = typeOf(iterator).lookup("__next__") else {
                        throw PyException(.typeError, "iter() returned non-iterator of type '\(typeName(iterator))'")
                    }
                    return { [unowned self] in
                        do {
                            return try self.callBound(nextMethod, iterator, [])
                        } catch let e as PyException where e.cls.isSubclass(of: .stopIteration) {
                            return nil
                        }
                    }
                }
                if let m = inst.cls.lookup("__getitem__") {
                    var i = 0
                    return { [unowned self] in
                        do {
                            defer { i += 1 }
                            return try self.callBound(m, v, [.int(i)])
                        } catch let e as PyException where e.cls.isSubclass(of: .indexError) || e.cls.isSubclass(of: .stopIteration) {
                            return nil
                        }
                    }
                }
            default:
                break
            }
        default:
            break
        }
        throw PyException(.typeError, "'\(typeName(v))' object is not iterable")
    }

    private func dictIterator(_ d: PyDict, _ project: @escaping (DictKey, Value) -> Value) -> () throws -> Value? {
        var i = 0
        let size = d.storage.count
        return {
            guard d.storage.count == size else { throw PyException(.runtimeError, "dictionary changed size during iteration") }
            guard i < d.storage.count else { return nil }
            defer { i += 1 }
            let k = d.storage.keys[i]
            return project(k, d.storage.values[i])
        }
    }

    /// All items of an iterable.
    public func iterateToArray(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
        }
        var out: [Value] = []
        let next = try makeIterator(v)
        while let x = try next() {
            try tick()
            out.append(x)
        }
        return out
    }

    /// Unpacks for `a, b = v` and `a, *rest, b = v`.
    func unpack(_ v: Value, count: Int, starIndex: Int?) throws -> [Value] {
        let items: [Value]
        if case .object(let o) = v, let t = o as? PyTuple { items = t.items } else {
            do { items = try iterateToArray(v) } catch let e as PyException where e.cls === PyClass.typeError && e.args.first.map({ if case .str(let s) = $0 { return s.hasSuffix("is not iterable") } else { return false } }) == true {
                throw PyException(.typeError, "cannot unpack non-iterable \(typeName(v)) object")
            }
        }
        guard let star = starIndex else {
            if items.count > count { throw PyException(.valueError, "too many values to unpack (expected \(count))") }
            if items.count < count { throw PyException(.valueError, "not enough values to unpack (expected \(count), got \(items.count))") }
            return items
        }
        let after = count - star - 1
        if items.count < count - 1 {
            throw PyException(.valueError, "not enough values to unpack (expected at least \(count - 1), got \(items.count))")
        }
        var out = Array(items[0..<star])
        out.append(.object(PyList(Array(items[star..<(items.count - after)]))))
        out += items[(items.count - after)...]
        return out
    }

    /// Set iteration order: CPython's table order.
    func setOrder(_ s: PySet) -> [Value] {
        s.ordered.map { $0.value }
    }
}
