import BigInt

extension Interpreter {
    /// `repr(v)` as CPython prints it. Containers guard against self-reference (`[...]`).
    public func repr(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let b): return try bigIntText(b.value)
        case .float(let d): return PyFloatRepr.repr(d)
        case .str(let s): return PyStr.repr(s)
        case .object(let o): return try objectRepr(o, v)
        }
    }

    /// Decimal text of a big int, refusing absurd lengths as CPython does (4300 digits).
    func bigIntText(_ b: BigInt) throws -> String {
        if b.magnitude.bitWidth > 14_300 {
            throw PyException(.valueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        }
        return String(b)
    }

    /// `str(v)`.
    public func str(_ v: Value) throws -> String {
        switch v {
        case .str(let s): return s
        case .object(let o):
            if let inst = o as? PyInstance {
                if let m = inst.cls.lookup("__str__") {
                    return try expectString(try callBound(m, v, []), "__str__")
                }
                if let e = inst as? PyException, inst.cls.lookup("__repr__") == nil || inst.cls.isBuiltin {
                    return try exceptionMessage(e)
                }
            }
            if let n = o as? NativeObject { return try n.str(self) }
            return try repr(v)
        default:
            return try repr(v)
        }
    }

    /// The text after "ValueError: " — `str(exception)`.
    func exceptionMessage(_ e: PyException) throws -> String {
        if e.cls.isSubclass(of: .keyError), e.args.count == 1 { return try repr(e.args[0]) }
        switch e.args.count {
        case 0: return ""
        case 1: return try str(e.args[0])
        default: return try repr(.object(PyTuple(e.args)))
        }
    }

    /// Public names for hosts.
    public func reprOf(_ v: Value) -> String { (try? repr(v)) ?? "<unrepresentable object>" }
    public func strOf(_ v: Value) -> String { (try? str(v)) ?? "<unprintable object>" }

    private func expectString(_ v: Value, _ method: String) throws -> String {
        guard case .str(let s) = v else {
            throw PyException(.typeError, "\(method) returned non-string (type \(typeName(v)))")
        }
        return s
    }

    /// An object's address as CPython's default reprs show it: `0x` and 12 hex digits.
    public func address(_ o: AnyObject) -> String {
        let n = UInt(bitPattern: ObjectIdentifier(o).hashValue)
        let h = String(n, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, 12 - h.count)) + h
    }

    private func objectRepr(_ o: PyObject, _ v: Value) throws -> String {
        switch o {
        case let l as PyList:
            return try guarded(o, "[...]") { "[" + (try l.items.map { try repr($0) }.joined(separator: ", ")) + "]" }
        case let t as PyTuple:
            if t.items.count == 1 { return "(" + (try repr(t.items[0])) + ",)" }
            return try guarded(o, "(...)") { "(" + (try t.items.map { try repr($0) }.joined(separator: ", ")) + ")" }
        case let d as PyDict:
            if let cls = d.subclass, let m = userOverride(cls, "__repr__") {
                return try expectString(try callBound(m, v, []), "__repr__")
            }
            return try guarded(o, "{...}") {
                "{" + (try d.storage.map { "\(try repr($0.key.value)): \(try repr($0.value))" }.joined(separator: ", ")) + "}"
            }
        case let s as PySet:
            let items = try setOrder(s).map { try repr($0) }.joined(separator: ", ")
            if s.isFrozen { return s.storage.isEmpty ? "frozenset()" : "frozenset({\(items)})" }
            return s.storage.isEmpty ? "set()" : "{\(items)}"
        case let dv as PyDictView:
            let name = dv.kind == .keys ? "dict_keys" : dv.kind == .values ? "dict_values" : "dict_items"
            let items = try iterateToArray(v).map { try repr($0) }.joined(separator: ", ")
            return "\(name)([\(items)])"
        case let r as PyRange:
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let s as PySlice:
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let f as PyFunction:
            return "<function \(f.code.qualifiedName) at \(address(f))>"
        case let n as PyNativeFunction:
            if let owner = n.ownerName { return "<method '\(n.name)' of '\(owner)' objects>" }
            return "<built-in function \(n.name)>"
        case let m as PyBoundMethod:
            if case .object(let fo) = m.function, let f = fo as? PyFunction {
                return "<bound method \(f.code.qualifiedName) of \(try repr(m.receiver))>"
            }
            if case .object(let fo) = m.function, let n = fo as? PyNativeFunction {
                return "<built-in method \(n.name) of \(typeName(m.receiver)) object at \(address(fo))>"
            }
            return "<bound method of \(try repr(m.receiver))>"
        case let c as PyClass:
            return "<class '\(c.qualifiedName)'>"
        case let m as PyModule:
            if let f = m.filename { return "<module '\(m.name)' from '\(f)'>" }
            return "<module '\(m.name)' (built-in)>"
        case let e as PyException where e.cls.lookup("__repr__") == nil || e.cls.lookup("__repr__").map({ if case .object(let x) = $0 { return x is PyNativeFunction } else { return false } }) == true:
            let args = e.args.count == 1 ? "(" + (try repr(e.args[0])) + ")" : try repr(.object(PyTuple(e.args)))
            return e.cls.name + args
        case let inst as PyInstance:
            if let m = inst.cls.lookup("__repr__") {
                return try expectString(try callBound(m, v, []), "__repr__")
            }
            return "<\(inst.cls.qualifiedName) object at \(address(inst))>"
        case let n as NativeObject:
            return try n.repr(self)
        case let it as PyIterator:
            if it.isGenerator { return "<generator object <genexpr> at \(address(it))>" }
            return "<\(it.kindName) object at \(address(it))>"
        case let g as PyGenerator:
            return "<generator object \(g.name) at \(address(g))>"
        case let s as PySingleton:
            return s.name
        case is PyProperty:
            return "<property object at \(address(o))>"
        case is PyStaticMethod:
            return "<staticmethod object at \(address(o))>"
        case is PyClassMethod:
            return "<classmethod object at \(address(o))>"
        case let s as PySuper:
            return "<super: <class '\(s.startAfter.name)'>, <\(s.receiverClass.name) object>>"
        case let b as PyBytes:
            return b.repr
        case let f as PyFile:
            return "<_io.TextIOWrapper name='\(f.path)' mode='\(f.mode)' encoding='UTF-8'>"
        default:
            return "<object at \(address(o))>"
        }
    }

    /// Guards recursive containers: a list that contains itself prints `[[...]]`.
    private func guarded(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprInProgress.contains(id) { return placeholder }
        reprInProgress.insert(id)
        defer { reprInProgress.remove(id) }
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > recursionLimit {
            throw PyException(.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
        }
        return try body()
    }

    /// `format(v, spec)` and f-string fields.
    public func format(_ v: Value, _ spec: String) throws -> String {
        do {
            switch v {
            case .int(let i): return try PyFormat.format(int: i, spec: spec)
            case .bool(let b):
                if spec.isEmpty { return b ? "True" : "False" }
                return try PyFormat.format(int: b ? 1 : 0, spec: spec)
            case .bigInt(let b): return try PyFormat.format(int: b.value, spec: spec)
            case .float(let d): return try PyFormat.format(double: d, spec: spec)
            case .str(let s): return try PyFormat.format(string: s, spec: spec)
            case .object(let o):
                if let inst = o as? PyInstance, let m = inst.cls.lookup("__format__") {
                    return try expectString(try callBound(m, v, [.str(spec)]), "__format__")
                }
                if let n = o as? NativeObject, let r = try n.format(spec, self) { return r }
                if spec.isEmpty { return try str(v) }
                throw PyException(.typeError, "unsupported format string passed to \(typeName(v)).__format__")
            default:
                if spec.isEmpty { return try str(v) }
                throw PyException(.typeError, "unsupported format string passed to \(typeName(v)).__format__")
            }
        } catch let e as PyFormatError {
            throw pyError(e)
        }
    }

    /// Maps a Format-library error to the Python exception it names.
    func pyError(_ e: PyFormatError) -> PyException {
        let cls = PyClass.allExceptions.first { $0.name == e.kind } ?? .valueError
        return PyException(cls, e.message)
    }

    /// `template % args`.
    func percentFormat(_ template: String, _ args: Value) throws -> Value {
        let conversions = PercentConversions<Value>(
            operand: { v in
                func operand(_ v: Value) -> PercentOperand {
                    switch v {
                    case .int(let i): return .int(BigInt(i))
                    case .bool(let b): return .int(b ? 1 : 0)
                    case .bigInt(let b): return .int(b.value)
                    case .float(let d): return .float(d)
                    case .str(let s): return .string(s)
                    case .object(let o):
                        if let n = o as? NativeObject, let number = n.pythonNumber { return operand(number) }
                        return .other
                    default: return .other
                    }
                }
                return operand(v)
            },
            typeName: { [unowned self] in self.typeName($0) },
            str: { [unowned self] in try self.str($0) },
            repr: { [unowned self] in try self.repr($0) })
        let arguments: PercentArguments<Value>
        if case .object(let o) = args, let t = o as? PyTuple {
            arguments = .tuple(t.items)
        } else if case .object(let o) = args, o is PyDict || o is PyInstance {
            arguments = .single(args, lookup: { [unowned self] key in try self.getItem(args, .str(key)) })
        } else {
            arguments = .single(args, lookup: nil)
        }
        do {
            return .str(try PyPercentFormat.format(template, arguments, conversions))
        } catch let e as PyFormatError {
            throw pyError(e)
        }
    }
}
