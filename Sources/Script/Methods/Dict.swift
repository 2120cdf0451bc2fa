import OrderedCollections

/// Methods of `dict`. Native methods receive `self` as `args[0]`.
extension BuiltinTypes {
    static func installDictMethods() {
        let c = PyClass.dict
        func dict(_ a: Arguments, _ name: String) throws -> PyDict {
            guard case .object(let o)? = a.positional.first, let d = o as? PyDict else {
                throw PyException(.typeError, "descriptor '\(name)' requires a 'dict' object")
            }
            return d
        }
        method(c, "get") { interp, a in
            guard a.count == 2 || a.count == 3 else { throw PyException(.typeError, "get expected at most 2 arguments, got \(a.count - 1)") }
            return try dict(a, "get").storage[try interp.dictKey(a[1])] ?? (a.count == 3 ? a[2] : .none)
        }
        method(c, "keys") { _, a in .object(PyDictView(try dict(a, "keys"), .keys)) }
        method(c, "values") { _, a in .object(PyDictView(try dict(a, "values"), .values)) }
        method(c, "items") { _, a in .object(PyDictView(try dict(a, "items"), .items)) }
        method(c, "update") { interp, a in
            let d = try dict(a, "update")
            guard a.count <= 2 else { throw PyException(.typeError, "update expected at most 1 argument, got \(a.count - 1)") }
            if a.count == 2 { try interp.mergeIntoDict(d, a[1]) }
            for (k, v) in a.keywords { d.storage[DictKey(.str(k), hash: hashString(k))] = v }
            return .none
        }
        method(c, "pop") { interp, a in
            let d = try dict(a, "pop")
            guard a.count == 2 || a.count == 3 else { throw PyException(.typeError, "pop expected at least 1 argument, got \(a.count - 1)") }
            if let v = d.storage.removeValue(forKey: try interp.dictKey(a[1])) { return v }
            if a.count == 3 { return a[2] }
            throw PyException(cls: .keyError, args: [a[1]])
        }
        method(c, "popitem") { _, a in
            let d = try dict(a, "popitem")
            guard let last = d.storage.elements.last else { throw PyException(.keyError, "popitem(): dictionary is empty") }
            d.storage.removeLast()
            return .object(PyTuple([last.key.value, last.value]))
        }
        method(c, "setdefault") { interp, a in
            let d = try dict(a, "setdefault")
            guard a.count == 2 || a.count == 3 else { throw PyException(.typeError, "setdefault expected at least 1 argument, got \(a.count - 1)") }
            let k = try interp.dictKey(a[1])
            if let v = d.storage[k] { return v }
            let v = a.count == 3 ? a[2] : .none
            d.storage[k] = v
            return v
        }
        method(c, "copy") { _, a in .object(PyDict(try dict(a, "copy").storage)) }
        method(c, "clear") { _, a in
            try dict(a, "clear").storage.removeAll()
            return .none
        }
        c.dict["fromkeys"] = .object(PyClassMethod(.object(PyNativeFunction("fromkeys") { interp, a in
            guard a.count == 2 || a.count == 3 else { throw PyException(.typeError, "fromkeys expected at least 1 argument, got \(a.count - 1)") }
            let d = PyDict()
            let value = a.count == 3 ? a[2] : .none
            for k in try interp.iterateToArray(a[1]) { d.storage[try interp.dictKey(k)] = value }
            return .object(d)
        })))
        method(c, "__init__") { interp, a in
            let d = try dict(a, "__init__")
            guard a.count <= 2 else { throw PyException(.typeError, "dict expected at most 1 argument, got \(a.count - 1)") }
            if a.count == 2 { try interp.mergeIntoDict(d, a[1]) }
            for (k, v) in a.keywords { d.storage[DictKey(.str(k), hash: hashString(k))] = v }
            return .none
        }
        installSequenceDunders(c)
        // dict's own item access and repr work on the storage directly, so subclasses
        // that override them can call `super().__setitem__(...)` without recursing.
        method(c, "__getitem__") { interp, a in
            let d = try dict(a, "__getitem__")
            guard a.count == 2 else { throw PyException(.typeError, "expected 1 argument, got \(a.count - 1)") }
            if let v = d.storage[try interp.dictKey(a[1])] { return v }
            if let cls = d.subclass, let missing = cls.lookup("__missing__") { return try interp.callBound(missing, a[0], [a[1]]) }
            throw PyException(cls: .keyError, args: [a[1]])
        }
        method(c, "__setitem__") { interp, a in
            let d = try dict(a, "__setitem__")
            guard a.count == 3 else { throw PyException(.typeError, "expected 2 arguments, got \(a.count - 1)") }
            d.storage[try interp.dictKey(a[1])] = a[2]
            return .none
        }
        method(c, "__repr__") { interp, a in
            let d = try dict(a, "__repr__")
            return .str(try interp.repr(.object(PyDict(d.storage))))
        }
        method(c, "__delitem__") { interp, a in
            try interp.deleteItem(a[0], a.argument(1, "key") ?? .none)
            return .none
        }

        for view in [PyClass.dictKeys, PyClass.dictValues, PyClass.dictItems] {
            method(view, "__len__") { interp, a in .int(try interp.length(a[0])) }
            method(view, "__iter__") { interp, a in .object(PyIterator("dict_iterator", try interp.makeIterator(a[0]))) }
        }
    }

    static func installSetMethods() {
        for c in [PyClass.set, PyClass.frozenset] {
            func set(_ a: Arguments, _ name: String) throws -> PySet {
                guard case .object(let o)? = a.positional.first, let s = o as? PySet else {
                    throw PyException(.typeError, "descriptor '\(name)' requires a 'set' object")
                }
                return s
            }
            func mutable(_ a: Arguments, _ name: String) throws -> PySet {
                let s = try set(a, name)
                if s.isFrozen { throw PyException(.attributeError, "'frozenset' object has no attribute '\(name)'") }
                return s
            }
            func keys(_ interp: Interpreter, _ v: Value) throws -> OrderedSet<DictKey> {
                if case .object(let o) = v, let s = o as? PySet { return s.storage }
                return OrderedSet(try interp.iterateToArray(v).map { try interp.dictKey($0) })
            }
            func combine(_ name: String, _ op: @escaping (OrderedSet<DictKey>, OrderedSet<DictKey>) -> OrderedSet<DictKey>) {
                method(c, name) { interp, a in
                    let s = try set(a, name)
                    var result = s.storage
                    for other in a.positional.dropFirst() { result = op(result, try keys(interp, other)) }
                    return .object(PySet(result, frozen: s.isFrozen))
                }
            }
            combine("union") { $0.union($1) }
            combine("intersection") { $0.intersection($1) }
            combine("difference") { $0.subtracting($1) }
            combine("symmetric_difference") { $0.symmetricDifference($1) }
            method(c, "issubset") { interp, a in .bool(try set(a, "issubset").storage.isSubset(of: try keys(interp, a.argument(1, "other") ?? .none))) }
            method(c, "issuperset") { interp, a in .bool(try set(a, "issuperset").storage.isSuperset(of: try keys(interp, a.argument(1, "other") ?? .none))) }
            method(c, "isdisjoint") { interp, a in .bool(try set(a, "isdisjoint").storage.isDisjoint(with: try keys(interp, a.argument(1, "other") ?? .none))) }
            method(c, "copy") { _, a in
                let s = try set(a, "copy")
                return .object(PySet(s.storage, frozen: s.isFrozen))
            }
            method(c, "__len__") { interp, a in .int(try interp.length(a[0])) }
            method(c, "__contains__") { interp, a in .bool(try interp.contains(a[0], a.argument(1, "key") ?? .none)) }
            method(c, "__iter__") { interp, a in .object(PyIterator("set_iterator", try interp.makeIterator(a[0]))) }
            guard c === PyClass.set else { continue }
            method(c, "add") { interp, a in
                guard a.count == 2 else { throw PyException(.typeError, "set.add() takes exactly one argument (\(a.count - 1) given)") }
                try mutable(a, "add").insert(try interp.dictKey(a[1]))
                return .none
            }
            method(c, "remove") { interp, a in
                guard a.count == 2 else { throw PyException(.typeError, "set.remove() takes exactly one argument (\(a.count - 1) given)") }
                if try mutable(a, "remove").remove(try interp.dictKey(a[1])) == nil {
                    throw PyException(cls: .keyError, args: [a[1]])
                }
                return .none
            }
            method(c, "discard") { interp, a in
                guard a.count == 2 else { throw PyException(.typeError, "set.discard() takes exactly one argument (\(a.count - 1) given)") }
                try mutable(a, "discard").remove(try interp.dictKey(a[1]))
                return .none
            }
            method(c, "pop") { interp, a in
                let s = try mutable(a, "pop")
                guard let first = interp.setOrder(s).first else { throw PyException(.keyError, "pop from an empty set") }
                s.remove(try interp.dictKey(first))
                return first
            }
            method(c, "clear") { _, a in
                try mutable(a, "clear").removeAll()
                return .none
            }
            func inPlace(_ name: String, _ op: @escaping (OrderedSet<DictKey>, OrderedSet<DictKey>) -> OrderedSet<DictKey>) {
                method(c, name) { interp, a in
                    let s = try mutable(a, name)
                    for other in a.positional.dropFirst() { s.replace(with: op(s.storage, try keys(interp, other))) }
                    return .none
                }
            }
            inPlace("update") { $0.union($1) }
            inPlace("intersection_update") { $0.intersection($1) }
            inPlace("difference_update") { $0.subtracting($1) }
            inPlace("symmetric_difference_update") { $0.symmetricDifference($1) }
        }
    }
}
