import BigInt
import OrderedCollections

/// Calling a built-in type: `int("3")`, `list(x)`, `dict(a=1)`, `range(10)`, ...
extension Interpreter {
    func installConstructors() {
        let types: [PyClass] = [.object, .type, .int, .bool, .float, .str, .list, .tuple, .dict, .set, .frozenset,
                                .range, .slice, .property, .staticmethod, .classmethod, .superType, .bytes]
        for t in types { builtinsModule[t.name] = .object(t) }
        builtinSuper = PyClass.superType
    }
}

extension BuiltinTypes {
    static func installConstructors() {
        PyClass.object.construct = { _, cls, args in
            if cls === PyClass.object {
                if !args.positional.isEmpty || !args.keywords.isEmpty { throw PyException(.typeError, "object() takes no arguments") }
            }
            return .object(PyInstance(cls: cls))
        }
        PyClass.type.construct = { interp, _, args in
            if args.count == 1 { return .object(interp.typeOf(args[0])) }
            guard args.count == 3, case .str(let name) = args[0], case .object(let bo) = args[1], let bases = bo as? PyTuple,
                  case .object(let d) = args[2], let dict = d as? PyDict else {
                throw PyException(.typeError, "type() takes 1 or 3 arguments")
            }
            var ns: [String: Value] = [:]
            for (k, v) in dict.storage { if case .str(let s) = k.value { ns[s] = v } }
            let baseClasses = try bases.items.map { b -> PyClass in
                guard case .object(let o) = b, let c = o as? PyClass else { throw PyException(.typeError, "bases must be types") }
                return c
            }
            return .object(try interp.makeClass(name: name, module: "__main__", bases: baseClasses, namespace: ns))
        }
        PyClass.int.construct = { interp, _, args in
            try args.onlyKeywords("int", ["base"])
            guard let x = args.positional.first else { return .int(0) }
            if args.count > 2 { throw PyException(.typeError, "int() takes at most 2 arguments (\(args.count) given)") }
            if let baseValue = args.argument(1, "base") {
                guard case .str(let s) = x else { throw PyException(.typeError, "int() can't convert non-string with explicit base") }
                do { return .integer(try PyFormat.int(s, base: try interp.toInt(baseValue))) } catch let e as PyFormatError { throw interp.pyError(e) }
            }
            return try interp.toIntValue(x)
        }
        PyClass.bool.construct = { interp, _, args in
            try args.expect("bool", 0...1)
            return .bool(try args.positional.first.map { try interp.isTruthy($0) } ?? false)
        }
        PyClass.float.construct = { interp, _, args in
            try args.expect("float", 0...1)
            guard let x = args.positional.first else { return .float(0) }
            switch x {
            case .float: return x
            case .str(let s):
                do { return .float(try PyFormat.float(s)) } catch let e as PyFormatError { throw interp.pyError(e) }
            case .int, .bool, .bigInt: return .float(try interp.toDouble(x))
            case .object(let o):
                if let inst = o as? PyInstance, inst.cls.lookup("__float__") != nil { return .float(try interp.toDouble(x)) }
                if let n = o as? NativeObject, let m = try n.getAttribute("__float__", interp) { return try interp.call(m, []) }
            default: break
            }
            throw PyException(.typeError, "float() argument must be a string or a real number, not '\(interp.typeName(x))'")
        }
        PyClass.str.construct = { interp, _, args in
            try args.expect("str", 0...1)
            return .str(try args.positional.first.map { try interp.str($0) } ?? "")
        }
        PyClass.list.construct = { interp, _, args in
            try args.expect("list", 0...1)
            return .object(PyList(try args.positional.first.map { try interp.iterateToArray($0) } ?? []))
        }
        PyClass.tuple.construct = { interp, _, args in
            try args.expect("tuple", 0...1)
            if let x = args.positional.first, case .object(let o) = x, o is PyTuple { return x }
            return .object(PyTuple(try args.positional.first.map { try interp.iterateToArray($0) } ?? []))
        }
        PyClass.dict.construct = { interp, _, args in
            guard args.count <= 1 else { throw PyException(.typeError, "dict expected at most 1 argument, got \(args.count)") }
            let d = PyDict()
            if let x = args.positional.first { try interp.mergeIntoDict(d, x) }
            for (k, v) in args.keywords { d.storage[DictKey(.str(k), hash: hashString(k))] = v }
            return .object(d)
        }
        PyClass.set.construct = { interp, _, args in
            try args.expect("set", 0...1)
            return .object(PySet(OrderedSet(try (args.positional.first.map { try interp.iterateToArray($0) } ?? []).map { try interp.dictKey($0) })))
        }
        PyClass.frozenset.construct = { interp, _, args in
            try args.expect("frozenset", 0...1)
            return .object(PySet(OrderedSet(try (args.positional.first.map { try interp.iterateToArray($0) } ?? []).map { try interp.dictKey($0) }), frozen: true))
        }
        PyClass.range.construct = { interp, _, args in
            try args.expect("range", 1...3)
            let n = try args.positional.map { v -> Int in
                if case .float = v { throw PyException(.typeError, "'float' object cannot be interpreted as an integer") }
                return try interp.toInt(v)
            }
            switch n.count {
            case 1: return .object(PyRange(0, n[0], 1))
            case 2: return .object(PyRange(n[0], n[1], 1))
            default:
                if n[2] == 0 { throw PyException(.valueError, "range() arg 3 must not be zero") }
                return .object(PyRange(n[0], n[1], n[2]))
            }
        }
        PyClass.slice.construct = { _, _, args in
            try args.expect("slice", 1...3)
            switch args.count {
            case 1: return .object(PySlice(.none, args[0], .none))
            case 2: return .object(PySlice(args[0], args[1], .none))
            default: return .object(PySlice(args[0], args[1], args[2]))
            }
        }
        PyClass.property.construct = { _, _, args in
            try args.onlyKeywords("property", ["fget", "fset", "fdel", "doc"])
            return .object(PyProperty(getter: args.argument(0, "fget") ?? .none, setter: args.argument(1, "fset") ?? .none, deleter: args.argument(2, "fdel") ?? .none))
        }
        PyClass.staticmethod.construct = { _, _, args in
            try args.expect("staticmethod", 1...1)
            return .object(PyStaticMethod(args[0]))
        }
        PyClass.classmethod.construct = { _, _, args in
            try args.expect("classmethod", 1...1)
            return .object(PyClassMethod(args[0]))
        }
        PyClass.superType.construct = { interp, _, args in
            try args.expect("super", 2...2)
            guard case .object(let o) = args[0], let cls = o as? PyClass else {
                throw PyException(.typeError, "super() argument 1 must be a type, not \(interp.typeName(args[0]))")
            }
            return .object(interp.makeSuper(cls, args[1]))
        }
    }
}

extension Interpreter {
    /// `int(x)` for a non-string-with-base argument.
    func toIntValue(_ x: Value) throws -> Value {
        switch x {
        case .int, .bigInt: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            do { return .integer(try PyNumberConversion.integer(d)) } catch let e as PyFormatError { throw pyError(e) }
        case .str(let s):
            do { return .integer(try PyFormat.int(s, base: 10)) } catch let e as PyFormatError { throw pyError(e) }
        case .object(let o):
            if let inst = o as? PyInstance {
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let m = inst.cls.lookup(name) { return try callBound(m, x, []) }
                }
            }
            if let n = o as? NativeObject, let m = try n.getAttribute("__int__", self) { return try call(m, []) }
        default: break
        }
        throw PyException(.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
    }
}
