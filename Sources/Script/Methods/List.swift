/// Methods of `list` and `tuple`. Native methods receive `self` as `args[0]`.
extension BuiltinTypes {
    static func installListMethods() {
        let c = PyClass.list
        func list(_ a: Arguments, _ name: String) throws -> PyList {
            guard case .object(let o)? = a.positional.first, let l = o as? PyList else {
                throw PyException(.typeError, "descriptor '\(name)' requires a 'list' object")
            }
            return l
        }
        func arity(_ a: Arguments, _ name: String, _ n: ClosedRange<Int>) throws {
            if !a.keywords.isEmpty { throw PyException(.typeError, "list.\(name)() takes no keyword arguments") }
            let given = a.count - 1
            guard n.contains(given) else {
                if n.lowerBound == n.upperBound {
                    if n.lowerBound == 0 { throw PyException(.typeError, "list.\(name)() takes no arguments (\(given) given)") }
                    throw PyException(.typeError, "list.\(name)() takes exactly one argument (\(given) given)")
                }
                throw PyException(.typeError, "\(name) expected at most \(n.upperBound) argument\(n.upperBound == 1 ? "" : "s"), got \(given)")
            }
        }
        method(c, "append") { _, a in
            try arity(a, "append", 1...1)
            try list(a, "append").items.append(a[1])
            return .none
        }
        method(c, "extend") { interp, a in
            try arity(a, "extend", 1...1)
            let l = try list(a, "extend")
            l.items += try interp.iterateToArray(a[1])
            return .none
        }
        method(c, "insert") { interp, a in
            guard a.count == 3 else { throw PyException(.typeError, "insert expected 2 arguments, got \(a.count - 1)") }
            let l = try list(a, "insert")
            var i = try interp.toInt(a[1])
            if i < 0 { i = max(0, i + l.items.count) }
            l.items.insert(a[2], at: min(i, l.items.count))
            return .none
        }
        method(c, "pop") { interp, a in
            try arity(a, "pop", 0...1)
            let l = try list(a, "pop")
            if l.items.isEmpty { throw PyException(.indexError, "pop from empty list") }
            var i = a.count > 1 ? try interp.toInt(a[1]) : -1
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw PyException(.indexError, "pop index out of range") }
            return l.items.remove(at: i)
        }
        method(c, "remove") { interp, a in
            try arity(a, "remove", 1...1)
            let l = try list(a, "remove")
            for (i, x) in l.items.enumerated() where try interp.equals(x, a[1]) {
                l.items.remove(at: i)
                return .none
            }
            throw PyException(.valueError, "list.remove(x): x not in list")
        }
        method(c, "index") { interp, a in
            let l = try list(a, "index")
            guard a.count >= 2 else { throw PyException(.typeError, "index expected at least 1 argument, got 0") }
            let n = l.items.count
            func bound(_ k: Int, _ d: Int) throws -> Int {
                guard a.count > k else { return d }
                var i = try interp.toInt(a[k])
                if i < 0 { i = max(0, i + n) }
                return min(i, n)
            }
            let start = try bound(2, 0), end = try bound(3, n)
            if start < end {
                for i in start..<end where try interp.equals(l.items[i], a[1]) { return .int(i) }
            }
            throw PyException(.valueError, "\(try interp.repr(a[1])) is not in list")
        }
        method(c, "count") { interp, a in
            try arity(a, "count", 1...1)
            return .int(try list(a, "count").items.reduce(0) { $0 + (try interp.equals($1, a[1]) ? 1 : 0) })
        }
        method(c, "sort") { interp, a in
            try a.onlyKeywords("sort", ["key", "reverse"])
            guard a.count == 1 else { throw PyException(.typeError, "sort() takes no positional arguments") }
            let l = try list(a, "sort")
            var items = l.items
            l.items = []
            defer { l.items = items }
            try interp.sortValues(&items, key: a.keyword("key"), reverse: try a.keyword("reverse").map { try interp.isTruthy($0) } ?? false)
            return .none
        }
        method(c, "reverse") { _, a in
            try arity(a, "reverse", 0...0)
            try list(a, "reverse").items.reverse()
            return .none
        }
        method(c, "copy") { _, a in
            try arity(a, "copy", 0...0)
            return .object(PyList(try list(a, "copy").items))
        }
        method(c, "clear") { _, a in
            try arity(a, "clear", 0...0)
            try list(a, "clear").items.removeAll()
            return .none
        }
        installSequenceDunders(c)

        let t = PyClass.tuple
        method(t, "index") { interp, a in
            guard case .object(let o) = a[0], let tuple = o as? PyTuple, a.count >= 2 else {
                throw PyException(.typeError, "index expected at least 1 argument, got 0")
            }
            let n = tuple.items.count
            func bound(_ k: Int, _ d: Int) throws -> Int {
                guard a.count > k else { return d }
                var i = try interp.toInt(a[k])
                if i < 0 { i = max(0, i + n) }
                return min(i, n)
            }
            let start = try bound(2, 0), end = try bound(3, n)
            if start < end {
                for i in start..<end where try interp.equals(tuple.items[i], a[1]) { return .int(i) }
            }
            throw PyException(.valueError, "tuple.index(x): x not in tuple")
        }
        method(t, "count") { interp, a in
            guard case .object(let o) = a[0], let tuple = o as? PyTuple, a.count == 2 else {
                throw PyException(.typeError, "tuple.count() takes exactly one argument (\(a.count - 1) given)")
            }
            return .int(try tuple.items.reduce(0) { $0 + (try interp.equals($1, a[1]) ? 1 : 0) })
        }
        installSequenceDunders(t)

        let r = PyClass.range
        method(r, "index") { interp, a in
            guard case .object(let o) = a[0], let range = o as? PyRange, a.count == 2 else {
                throw PyException(.typeError, "range.index() takes exactly one argument (\(a.count - 1) given)")
            }
            if case .int(let v) = a[1], try interp.contains(a[0], a[1]) { return .int((v - range.start) / range.step) }
            throw PyException(.valueError, "\(try interp.repr(a[1])) is not in range")
        }
        method(r, "count") { interp, a in
            guard a.count == 2 else { throw PyException(.typeError, "range.count() takes exactly one argument (\(a.count - 1) given)") }
            return .int(try interp.contains(a[0], a[1]) ? 1 : 0)
        }
        installSequenceDunders(r)
    }

    /// `__len__`, `__getitem__`, `__contains__`, ... so explicit dunder calls work.
    static func installSequenceDunders(_ c: PyClass) {
        method(c, "__len__") { interp, a in .int(try interp.length(a[0])) }
        method(c, "__getitem__") { interp, a in
            guard a.count == 2 else { throw PyException(.typeError, "expected 1 argument, got \(a.count - 1)") }
            return try interp.getItem(a[0], a[1])
        }
        method(c, "__contains__") { interp, a in
            guard a.count == 2 else { throw PyException(.typeError, "expected 1 argument, got \(a.count - 1)") }
            return .bool(try interp.contains(a[0], a[1]))
        }
        method(c, "__iter__") { interp, a in
            let next = try interp.makeIterator(a[0])
            return .object(PyIterator(interp.iteratorKindName(a[0]), next))
        }
        method(c, "__eq__") { interp, a in
            guard a.count == 2 else { throw PyException(.typeError, "expected 1 argument, got \(a.count - 1)") }
            return .bool(try interp.equals(a[0], a[1]))
        }
        method(c, "__repr__") { interp, a in .str(try interp.repr(a[0])) }
        if c === PyClass.list || c === PyClass.dict {
            method(c, "__setitem__") { interp, a in
                guard a.count == 3 else { throw PyException(.typeError, "expected 2 arguments, got \(a.count - 1)") }
                try interp.setItem(a[0], a[1], a[2])
                return .none
            }
        }
    }
}
