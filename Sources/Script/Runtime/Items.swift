import BigInt

extension Interpreter {
    /// An integer for indexing: ints, bools and objects with `__index__`.
    func toIndex(_ v: Value, what: String = "index") throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .bigInt: throw PyException(.indexError, "cannot fit 'int' into an index-sized integer")
        case .object(let o):
            if let inst = o as? PyInstance, let m = inst.cls.lookup("__index__") {
                return try toIndex(try callBound(m, v, []))
            }
            if let n = o as? NativeObject, let m = try n.getAttribute("__index__", self) {
                return try toIndex(try call(m, []))
            }
        default: break
        }
        throw PyException(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
    }

    /// Resolves a slice against a sequence length (CPython's PySlice_AdjustIndices).
    public func sliceIndices(_ s: PySlice, length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        func bound(_ v: Value) throws -> Int? {
            switch v {
            case .none: return nil
            case .bigInt(let b): return b.value.sign == .minus ? Int.min / 2 : Int.max / 2
            default:
                do { return try toIndex(v) } catch {
                    throw PyException(.typeError, "slice indices must be integers or None or have an __index__ method")
                }
            }
        }
        let step = try bound(s.step) ?? 1
        if step == 0 { throw PyException(.valueError, "slice step cannot be zero") }
        var start: Int, stop: Int
        if let b = try bound(s.start) {
            start = b < 0 ? max(b + length, step < 0 ? -1 : 0) : min(b, step < 0 ? length - 1 : length)
        } else {
            start = step < 0 ? length - 1 : 0
        }
        if let b = try bound(s.stop) {
            stop = b < 0 ? max(b + length, step < 0 ? -1 : 0) : min(b, step < 0 ? length - 1 : length)
        } else {
            stop = step < 0 ? -1 : length
        }
        var count = 0
        if step > 0 { count = start < stop ? (stop - start - 1) / step + 1 : 0 }
        else { count = stop < start ? (start - stop - 1) / (-step) + 1 : 0 }
        return (start, stop, step, count)
    }

    func sliceArray<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        let (start, _, step, count) = try sliceIndices(s, length: items.count)
        if step == 1 { return Array(items[start..<(start + count)]) }
        var out: [T] = []
        out.reserveCapacity(count)
        var i = start
        for _ in 0..<count {
            out.append(items[i])
            i += step
        }
        return out
    }

    private func normalizedIndex(_ key: Value, count: Int, kind: String) throws -> Int {
        let i: Int
        do { i = try toIndex(key) } catch let e as PyException where e.cls === PyClass.typeError {
            // CPython 3.11 words str's differently from the other sequences'.
            if kind == "string" { throw PyException(.typeError, "string indices must be integers, not '\(typeName(key))'") }
            throw PyException(.typeError, "\(kind) indices must be integers or slices, not \(typeName(key))")
        }
        let idx = i < 0 ? i + count : i
        guard idx >= 0 && idx < count else {
            throw PyException(.indexError, "\(kind) index out of range")
        }
        return idx
    }

    /// `container[key]`.
    public func getItem(_ container: Value, _ key: Value) throws -> Value {
        switch container {
        case .str(let s):
            if case .object(let ko) = key, let sl = ko as? PySlice {
                let chars = Array(s.unicodeScalars)
                var out = String.UnicodeScalarView()
                out.append(contentsOf: try sliceArray(chars, sl))
                return .str(String(out))
            }
            if s.utf8.count == PyStr.length(s) {
                // ASCII: index bytes directly.
                let idx = try normalizedIndex(key, count: s.utf8.count, kind: "string")
                let u = s.utf8[s.utf8.index(s.utf8.startIndex, offsetBy: idx)]
                return .str(String(UnicodeScalar(u)))
            }
            let scalars = s.unicodeScalars
            let idx = try normalizedIndex(key, count: scalars.count, kind: "string")
            return .str(String(scalars[scalars.index(scalars.startIndex, offsetBy: idx)]))
        case .object(let o):
            switch o {
            case let l as PyList:
                if case .object(let ko) = key, let sl = ko as? PySlice { return .object(PyList(try sliceArray(l.items, sl))) }
                return l.items[try normalizedIndex(key, count: l.items.count, kind: "list")]
            case let t as PyTuple:
                if case .object(let ko) = key, let sl = ko as? PySlice { return .object(PyTuple(try sliceArray(t.items, sl))) }
                return t.items[try normalizedIndex(key, count: t.items.count, kind: "tuple")]
            case let d as PyDict:
                if let cls = d.subclass, let m = userOverride(cls, "__getitem__") { return try callBound(m, container, [key]) }
                if let v = d.storage[try dictKey(key)] { return v }
                if let cls = d.subclass, let missing = cls.lookup("__missing__") { return try callBound(missing, container, [key]) }
                throw PyException(cls: .keyError, args: [key])
            case let b as PyBytes:
                if case .object(let ko) = key, let sl = ko as? PySlice { return .object(PyBytes(try sliceArray(b.bytes, sl))) }
                return .int(Int(b.bytes[try normalizedIndex(key, count: b.bytes.count, kind: "index")]))
            case let r as PyRange:
                if case .object(let ko) = key, let sl = ko as? PySlice {
                    let (start, stop, step, _) = try sliceIndices(sl, length: r.count)
                    return .object(PyRange(r.start + start * r.step, r.start + stop * r.step, step * r.step))
                }
                return .int(r.element(try normalizedIndex(key, count: r.count, kind: "range object")))
            case let n as NativeObject:
                if let v = try n.getItem(key, self) { return v }
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__getitem__") { return try callBound(m, container, [key]) }
            case let c as PyClass:
                // `list[int]`, `dict[str, int]` in annotations: the class stands for itself.
                if c.isBuiltin { return container }
                if let m = c.lookup("__class_getitem__") { return try callBound(m, container, [key]) }
            default:
                break
            }
        default:
            break
        }
        throw PyException(.typeError, "'\(typeName(container))' object is not subscriptable")
    }

    /// `container[key] = value`.
    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if case .object(let ko) = key, let sl = ko as? PySlice {
                    try assignSlice(l, sl, value)
                    return
                }
                l.items[try normalizedIndex(key, count: l.items.count, kind: "list assignment")] = value
                return
            case let d as PyDict:
                if let cls = d.subclass, let m = userOverride(cls, "__setitem__") {
                    _ = try callBound(m, container, [key, value])
                    return
                }
                d.storage[try dictKey(key)] = value
                return
            case let n as NativeObject:
                if try n.setItem(key, value, self) { return }
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__setitem__") {
                    _ = try callBound(m, container, [key, value])
                    return
                }
            default:
                break
            }
        }
        throw PyException(.typeError, "'\(typeName(container))' object does not support item assignment")
    }

    private func assignSlice(_ l: PyList, _ sl: PySlice, _ value: Value) throws {
        let newItems = try iterateToArray(value)
        let (start, stop, step, count) = try sliceIndices(sl, length: l.items.count)
        if step == 1 {
            l.items.replaceSubrange(start..<max(start, stop), with: newItems)
            return
        }
        guard newItems.count == count else {
            throw PyException(.valueError, "attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
        }
        var i = start
        for item in newItems {
            l.items[i] = item
            i += step
        }
    }

    /// `del container[key]`.
    public func deleteItem(_ container: Value, _ key: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if case .object(let ko) = key, let sl = ko as? PySlice {
                    let (start, _, step, count) = try sliceIndices(sl, length: l.items.count)
                    var doomed = Set<Int>()
                    var i = start
                    for _ in 0..<count { doomed.insert(i); i += step }
                    l.items = l.items.enumerated().filter { !doomed.contains($0.offset) }.map { $0.element }
                    return
                }
                l.items.remove(at: try normalizedIndex(key, count: l.items.count, kind: "list assignment"))
                return
            case let d as PyDict:
                if d.storage.removeValue(forKey: try dictKey(key)) == nil {
                    throw PyException(cls: .keyError, args: [key])
                }
                return
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__delitem__") {
                    _ = try callBound(m, container, [key])
                    return
                }
            default:
                break
            }
        }
        // CPython's wording depends on whether the type has sequence slots and the key is an index.
        var sequenceLike = false
        switch container {
        case .str: sequenceLike = true
        case .object(let o): sequenceLike = o is PyTuple || o is PySet || o is PyRange || o is PyBytes || (o is PyInstance && !(o is PyException))
        default: break
        }
        var isIndex = false
        switch key {
        case .int, .bool, .bigInt: isIndex = true
        default: break
        }
        let verb = sequenceLike && isIndex ? "doesn't" : "does not"
        throw PyException(.typeError, "'\(typeName(container))' object \(verb) support item deletion")
    }

    /// A method a dict-derived class defines itself (not the built-in dict's).
    func userOverride(_ cls: PyClass, _ name: String) -> Value? {
        for c in cls.mro {
            if c === PyClass.dict { return nil }
            if let m = c.dict[name] { return m }
        }
        return nil
    }

    /// `len(v)`.
    public func length(_ v: Value) throws -> Int {
        switch v {
        case .str(let s): return PyStr.length(s)
        case .object(let o):
            switch o {
            case let l as PyList: return l.items.count
            case let t as PyTuple: return t.items.count
            case let d as PyDict: return d.storage.count
            case let s as PySet: return s.storage.count
            case let r as PyRange: return r.count
            case let dv as PyDictView: return dv.dict.storage.count
            case let b as PyBytes: return b.bytes.count
            case let n as NativeObject:
                if let l = try n.length(self) { return l }
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__len__") {
                    let r = try callBound(m, v, [])
                    let n = try toIndex(r, what: "__len__")
                    if n < 0 { throw PyException(.valueError, "__len__() should return >= 0") }
                    return n
                }
            default: break
            }
        default: break
        }
        throw PyException(.typeError, "object of type '\(typeName(v))' has no len()")
    }
}
