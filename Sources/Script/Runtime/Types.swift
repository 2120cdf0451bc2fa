extension Interpreter {
    /// `type(v)`.
    public func typeOf(_ v: Value) -> PyClass {
        switch v {
        case .none: return .noneType
        case .bool: return .bool
        case .int, .bigInt: return .int
        case .float: return .float
        case .str: return .str
        case .object(let o): return classOf(o)
        }
    }

    func classOf(_ o: PyObject) -> PyClass {
        switch o {
        case let i as PyInstance: return i.cls
        case is PyList: return .list
        case is PyTuple: return .tuple
        case let d as PyDict: return d.subclass ?? .dict
        case let s as PySet: return s.isFrozen ? .frozenset : .set
        case is PyFunction: return .function
        case is PyNativeFunction: return .builtinFunction
        case is PyBoundMethod: return .method
        case is PyClass: return .type
        case is PyModule: return .module
        case is PyRange: return .range
        case is PySlice: return .slice
        case let v as PyDictView: return v.kind == .keys ? .dictKeys : v.kind == .values ? .dictValues : .dictItems
        case let it as PyIterator: return iteratorClass(it)
        case is PyGenerator: return .generator
        case is PyProperty: return .property
        case is PyStaticMethod: return .staticmethod
        case is PyClassMethod: return .classmethod
        case is PySuper: return .superType
        case let s as PySingleton: return s === PySingleton.notImplemented ? .notImplementedType : .ellipsisType
        case is PyFile: return .textFile
        case is PyBytes: return .bytes
        case let n as NativeObject:
            if let c = n.pyClass { return c }
            return nativeClass(n)
        default: return .object
        }
    }

    /// The class of an iterator object, named after its kind (`map`, `zip`, `list_iterator`).
    func iteratorClass(_ it: PyIterator) -> PyClass {
        if it.isGenerator { return .generator }
        if let c = nativeClasses[it.kindName] { return c }
        let c = PyClass(name: it.kindName, bases: [.iterator], builtin: true)
        nativeClasses[it.kindName] = c
        return c
    }

    /// A class object standing for a native type without its own PyClass, cached by name.
    func nativeClass(_ n: NativeObject) -> PyClass {
        let key = n.typeModule + "." + n.typeName
        if let c = nativeClasses[key] { return c }
        let c = PyClass(name: n.typeName, module: n.typeModule, bases: [.object], builtin: true)
        nativeClasses[key] = c
        return c
    }

    /// The type's name as messages show it: `'int'`, `'MyClass'`, `'ndarray'`.
    public func typeName(_ v: Value) -> String {
        if case .object(let o) = v, let n = o as? NativeObject { return n.typeName }
        return typeOf(v).name
    }

    /// `bool(v)`: `__bool__`, then `__len__`, then True.
    public func isTruthy(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .object(let o):
            switch o {
            case let l as PyList: return !l.items.isEmpty
            case let t as PyTuple: return !t.items.isEmpty
            case let d as PyDict: return !d.storage.isEmpty
            case let s as PySet: return !s.storage.isEmpty
            case let r as PyRange: return r.count > 0
            case let dv as PyDictView: return !dv.dict.storage.isEmpty
            case let b as PyBytes: return !b.bytes.isEmpty
            case let n as NativeObject:
                if let b = try n.truthiness(self) { return b }
                if let l = try n.length(self) { return l > 0 }
                return true
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__bool__") {
                    let r = try callBound(m, v, [])
                    guard case .bool(let b) = r else {
                        throw PyException(.typeError, "__bool__ should return bool, returned \(typeName(r))")
                    }
                    return b
                }
                if let m = inst.cls.lookup("__len__") {
                    return try toIndex(try callBound(m, v, []), what: "__len__") != 0
                }
                return true
            default: return true
            }
        }
    }

    /// `isinstance(v, cls)` for one class.
    public func isInstance(_ v: Value, _ cls: PyClass) -> Bool {
        typeOf(v).isSubclass(of: cls)
    }
}
