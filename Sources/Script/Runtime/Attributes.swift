extension Interpreter {
    /// `v.name` with Python's lookup rules (data descriptors, instance dict, class
    /// attributes bound as methods, `__getattr__`), raising AttributeError otherwise.
    public func getAttribute(_ v: Value, _ name: String) throws -> Value {
        if let r = try findAttribute(v, name) { return r }
        throw attributeError(v, name)
    }

    func attributeError(_ v: Value, _ name: String) -> PyException {
        let e: PyException
        var candidates = attributeNames(v)
        if case .object(let o) = v, let m = o as? PyModule {
            e = PyException(.attributeError, "module '\(m.name)' has no attribute '\(name)'")
        } else if case .object(let o) = v, let c = o as? PyClass {
            e = PyException(.attributeError, "type object '\(c.name)' has no attribute '\(name)'")
        } else {
            e = PyException(.attributeError, "'\(typeName(v))' object has no attribute '\(name)'")
            candidates = candidates.filter { !$0.hasPrefix("__") }
        }
        e.dict["name"] = .str(name)
        e.dict["obj"] = v
        e.suggestion = closestName(name, candidates)
        return e
    }

    /// The attribute, or nil when there is none.
    func findAttribute(_ v: Value, _ name: String) throws -> Value? {
        if case .object(let o) = v {
            switch o {
            case let inst as PyInstance:
                return try instanceAttribute(inst, v, name)
            case let m as PyModule:
                if let x = m[name] { return x }
                if name == "__name__" { return .str(m.name) }
                if name == "__dict__" { return try makeDict(m.definedNames.compactMap { n in m[n].map { (.str(n), $0) } }) }
                if name == "__file__", let f = m.filename { return .str(f) }
                // A submodule imported later: `import a.b` then `a.b`.
                if let sub = modules[m.name + "." + name] { return .object(sub) }
                return nil
            case let c as PyClass:
                return try classAttribute(c, name)
            case let n as NativeObject:
                if let r = try n.getAttribute(name, self) { return r }
                if name == "__class__" { return .object(classOf(n)) }
                return nil
            case let f as PyFunction:
                switch name {
                case "__name__": return .str(f.code.name)
                case "__qualname__": return .str(f.code.qualifiedName)
                case "__module__": return .str(f.module.name)
                case "__doc__": return f.attributes["__doc__"] ?? Value.none
                case "__defaults__": return f.defaults.isEmpty ? Value.none : .object(PyTuple(f.defaults))
                case "__dict__":
                    return try makeDict(f.attributes.sorted { $0.key < $1.key }.map { (.str($0.key), $0.value) })
                default:
                    if let a = f.attributes[name] { return a }
                }
            case let n as PyNativeFunction:
                if name == "__name__" || name == "__qualname__" { return .str(n.name) }
                if name == "__doc__" { return n.doc.map { .str($0) } ?? Value.none }
            case let m as PyBoundMethod:
                if name == "__self__" { return m.receiver }
                if name == "__func__" { return m.function }
                return try findAttribute(m.function, name)
            case let s as PySuper:
                return try superAttribute(s, name)
            case let d as PyDict where d.subclass != nil:
                if let x = d.attributes[name] { return x }
                if name == "__dict__" { return try makeDict(d.attributes.sorted { $0.key < $1.key }.map { (.str($0.key), $0.value) }) }
            case let p as PyProperty:
                switch name {
                case "fget": return p.getter
                case "fset": return p.setter
                case "setter", "getter", "deleter":
                    return .object(PyNativeFunction(name) { _, args in
                        guard args.count == 1 else { throw PyException(.typeError, "\(name)() takes exactly one argument") }
                        let copy = PyProperty(getter: p.getter, setter: p.setter, deleter: p.deleter)
                        if name == "setter" { copy.setter = args[0] } else if name == "getter" { copy.getter = args[0] } else { copy.deleter = args[0] }
                        return .object(copy)
                    })
                default: break
                }
            case let s as PySlice:
                if name == "start" { return s.start }
                if name == "stop" { return s.stop }
                if name == "step" { return s.step }
            case let r as PyRange:
                if name == "start" { return .int(r.start) }
                if name == "stop" { return .int(r.stop) }
                if name == "step" { return .int(r.step) }
            default:
                break
            }
        }
        if name == "__class__" { return .object(typeOf(v)) }
        let cls = typeOf(v)
        if let m = cls.lookup(name) {
            return bind(m, to: v, cls: cls)
        }
        switch (v, name) {
        case (.int, "real"), (.bool, "real"), (.bigInt, "real"), (.float, "real"): return v
        case (.int, "imag"), (.bool, "imag"), (.bigInt, "imag"): return .int(0)
        case (.float, "imag"): return .float(0)
        case (.int, "numerator"), (.bigInt, "numerator"): return v
        case (.int, "denominator"), (.bigInt, "denominator"): return .int(1)
        default: return nil
        }
    }

    /// Turns a class attribute into what `instance.attr` gives: functions bind, wrappers
    /// unwrap, properties run their getter.
    func bind(_ attr: Value, to receiver: Value, cls: PyClass) -> Value {
        guard case .object(let o) = attr else { return attr }
        switch o {
        case is PyFunction, is PyNativeFunction:
            return .object(PyBoundMethod(receiver: receiver, function: attr))
        case let s as PyStaticMethod:
            return s.function
        case let c as PyClassMethod:
            return .object(PyBoundMethod(receiver: .object(cls), function: c.function))
        default:
            return attr
        }
    }

    private func instanceAttribute(_ inst: PyInstance, _ v: Value, _ name: String) throws -> Value? {
        let classAttr = inst.cls.lookup(name)
        if let ca = classAttr, case .object(let o) = ca, let p = o as? PyProperty {
            if p.getter.isNone { throw PyException(.attributeError, "property '\(name)' of '\(inst.cls.name)' object has no getter") }
            return try call(p.getter, [v])
        }
        if let x = inst.dict[name] { return x }
        if let exc = inst as? PyException {
            switch name {
            case "args": return .object(PyTuple(exc.args))
            case "__cause__": return exc.cause.map { .object($0) } ?? Value.none
            case "__context__": return exc.context.map { .object($0) } ?? Value.none
            case "__traceback__": return Value.none
            case "__suppress_context__": return .bool(exc.suppressContext)
            default: break
            }
        }
        if let ca = classAttr { return bind(ca, to: v, cls: inst.cls) }
        switch name {
        case "__class__": return .object(inst.cls)
        case "__dict__":
            let d = PyDict()
            for (k, val) in inst.dict { d.storage[DictKey(.str(k), hash: hashString(k))] = val }
            return .object(d)
        default: break
        }
        if let getattr = inst.cls.lookup("__getattr__") {
            return try callBound(getattr, v, [.str(name)])
        }
        return nil
    }

    private func classAttribute(_ c: PyClass, _ name: String) throws -> Value? {
        for k in c.mro {
            if let x = k.dict[name] {
                if case .object(let o) = x {
                    if let s = o as? PyStaticMethod { return s.function }
                    if let cm = o as? PyClassMethod { return .object(PyBoundMethod(receiver: .object(c), function: cm.function)) }
                }
                return x
            }
        }
        switch name {
        case "__name__": return .str(c.name)
        case "__qualname__": return c.dict["__qualname__"] ?? .str(c.name)
        case "__module__": return .str(c.module)
        case "__mro__": return .object(PyTuple(c.mro.map { .object($0) }))
        case "__bases__": return .object(PyTuple(c.bases.map { .object($0) }))
        case "__base__": return c.bases.first.map { .object($0) } ?? Value.none
        case "__doc__": return c.dict["__doc__"] ?? Value.none
        case "__class__": return .object(PyClass.type)
        case "__dict__":
            return try makeDict(c.dict.sorted { $0.key < $1.key }.map { (.str($0.key), $0.value) })
        case "__subclasses__":
            return .object(PyNativeFunction("__subclasses__") { _, _ in .object(PyList()) })
        default: return nil
        }
    }

    private func superAttribute(_ s: PySuper, _ name: String) throws -> Value? {
        let mro = s.receiverClass.mro
        guard let start = mro.firstIndex(where: { $0 === s.startAfter }) else { return nil }
        for c in mro[(start + 1)...] {
            if let x = c.dict[name] {
                if case .object(let o) = x, let p = o as? PyProperty { return try call(p.getter, [s.receiver]) }
                if case .object(let o) = s.receiver, o is PyClass {
                    if case .object(let xo) = x, let cm = xo as? PyClassMethod {
                        return .object(PyBoundMethod(receiver: s.receiver, function: cm.function))
                    }
                    return x
                }
                return bind(x, to: s.receiver, cls: s.receiverClass)
            }
        }
        return nil
    }

    /// `v.name = value`.
    public func setAttribute(_ v: Value, _ name: String, _ value: Value) throws {
        guard case .object(let o) = v else {
            throw PyException(.attributeError, "'\(typeName(v))' object has no attribute '\(name)'")
        }
        switch o {
        case let inst as PyInstance:
            if let ca = inst.cls.lookup(name), case .object(let co) = ca, let p = co as? PyProperty {
                if p.setter.isNone { throw PyException(.attributeError, "property '\(name)' of '\(inst.cls.name)' object has no setter") }
                _ = try call(p.setter, [v, value])
                return
            }
            if let setattr = inst.cls.lookup("__setattr__"), !isObjectDefault(setattr, "__setattr__") {
                _ = try callBound(setattr, v, [.str(name), value])
                return
            }
            if inst.cls === PyClass.object {
                throw PyException(.attributeError, "'object' object has no attribute '\(name)'")
            }
            if let exc = inst as? PyException {
                switch name {
                case "args": exc.args = try iterateToArray(value); return
                case "__cause__": exc.cause = try exceptionOrNone(value); exc.suppressContext = true; return
                case "__context__": exc.context = try exceptionOrNone(value); return
                default: break
                }
            }
            inst.dict[name] = value
        case let c as PyClass:
            if c.isBuiltin {
                throw PyException(.typeError, "cannot set '\(name)' attribute of immutable type '\(c.name)'")
            }
            c.dict[name] = value
        case let m as PyModule:
            m[name] = value
        case let d as PyDict where d.subclass != nil:
            d.attributes[name] = value
        case let f as PyFunction:
            f.attributes[name] = value
        case let n as NativeObject:
            if try n.setAttribute(name, value, self) { return }
            throw PyException(.attributeError, "'\(n.typeName)' object has no attribute '\(name)'")
        default:
            if try findAttribute(v, name) != nil {
                throw PyException(.attributeError, "'\(typeName(v))' object attribute '\(name)' is read-only")
            }
            throw PyException(.attributeError, "'\(typeName(v))' object has no attribute '\(name)'")
        }
    }

    /// True when `v` is `object`'s own implementation of `name` (so the fast built-in
    /// behaviour can be used instead of calling it).
    func isObjectDefault(_ v: Value, _ name: String) -> Bool {
        guard case .object(let a) = v, case .object(let b)? = PyClass.object.dict[name] else { return false }
        return a === b
    }

    private func exceptionOrNone(_ v: Value) throws -> PyException? {
        if v.isNone { return nil }
        if case .object(let o) = v, let e = o as? PyException { return e }
        throw PyException(.typeError, "exception cause must be None or derive from BaseException")
    }

    /// `del v.name`.
    public func deleteAttribute(_ v: Value, _ name: String) throws {
        if case .object(let o) = v {
            if let inst = o as? PyInstance, inst.dict.removeValue(forKey: name) != nil { return }
            if let c = o as? PyClass, !c.isBuiltin, c.dict.removeValue(forKey: name) != nil { return }
            if let m = o as? PyModule, m[name] != nil { m[name] = nil; return }
            if let f = o as? PyFunction, f.attributes.removeValue(forKey: name) != nil { return }
        }
        throw attributeError(v, name)
    }

    /// Attribute names of a value, for `dir()`, suggestions and completion.
    public func attributeNames(_ v: Value) -> [String] {
        var names = Set<String>()
        if case .object(let o) = v {
            switch o {
            case let inst as PyInstance:
                names.formUnion(inst.dict.keys)
                for c in inst.cls.mro { names.formUnion(c.dict.keys) }
            case let m as PyModule:
                names.formUnion(m.definedNames)
            case let c as PyClass:
                for k in c.mro { names.formUnion(k.dict.keys) }
            case let n as NativeObject:
                names.formUnion(n.attributeNames())
            default:
                for c in typeOf(v).mro { names.formUnion(c.dict.keys) }
            }
        } else {
            for c in typeOf(v).mro { names.formUnion(c.dict.keys) }
        }
        return names.sorted()
    }
}
