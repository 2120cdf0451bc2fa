/// A call site's memory of the native method it last resolved (see `callMethod`).
final class MethodCache {
    var swiftType: ObjectIdentifier?
    var method: PyNativeFunction?
    /// The `str` method of this name, once looked up.
    var strMethod: PyNativeFunction?
    /// Where `obj.name` stands in the source, for the traceback's caret when the lookup fails.
    let attributeRange: SourceRange?
    /// The argument array of this site's last call, its items reset to None, for the next
    /// call to fill in place: no allocation per method call. Taken (leaving none) while a
    /// call runs, so a re-entrant call of the same site fills an array of its own.
    private var spareArguments: [Value] = []

    init(attributeRange: SourceRange? = nil) { self.attributeRange = attributeRange }

    /// An array of `count` items to overwrite.
    func takeArguments(count: Int) -> [Value] {
        var arguments: [Value] = []
        swap(&arguments, &spareArguments)
        if arguments.count != count { arguments = Array(repeating: .none, count: count) }
        return arguments
    }

    /// Keeps `arguments` for the next call, dropping the values it holds (a callee that
    /// kept the array makes this write to a copy).
    func keepArguments(_ arguments: inout [Value]) {
        arguments.withUnsafeMutableBufferPointer { items in
            for i in items.indices { items[i] = .none }
        }
        swap(&arguments, &spareArguments)
    }
}

extension Interpreter {
    /// Calls any callable value with positional and keyword arguments.
    public func call(_ callee: Value, _ args: [Value], _ keywords: [(name: String, value: Value)] = []) throws -> Value {
        guard case .object(let o) = callee else {
            throw PyException(.typeError, "'\(typeName(callee))' object is not callable")
        }
        switch o {
        case let f as PyFunction:
            return try callFunction(f, args, keywords)
        case let n as PyNativeFunction:
            return try callNative(n, Arguments(args, keywords: keywords))
        case let m as PyBoundMethod:
            if case .object(let fo) = m.function, let f = fo as? PyFunction {
                return try callFunction(f, [m.receiver] + args, keywords)
            }
            return try call(m.function, [m.receiver] + args, keywords)
        case let c as PyClass:
            return try instantiate(c, args, keywords)
        case let n as NativeObject:
            if let r = try n.call(Arguments(args, keywords: keywords), self) { return r }
        case let inst as PyInstance:
            if let m = inst.cls.lookup("__call__") { return try callBound(m, callee, args, keywords) }
        case let s as PyStaticMethod:
            return try call(s.function, args, keywords)
        default:
            break
        }
        throw PyException(.typeError, "'\(typeName(callee))' object is not callable")
    }

    func callNative(_ n: PyNativeFunction, _ args: Arguments) throws -> Value {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > recursionLimit + 50 {
            throw PyException(.recursionError, "maximum recursion depth exceeded while calling a Python object")
        }
        return try n.body(self, args)
    }

    /// Calls a function found on a class with `receiver` as its first argument, honouring
    /// staticmethod/classmethod wrappers.
    func callBound(_ function: Value, _ receiver: Value, _ args: [Value], _ keywords: [(name: String, value: Value)] = []) throws -> Value {
        if case .object(let o) = function {
            if let f = o as? PyFunction { return try callFunction(f, [receiver] + args, keywords) }
            if let n = o as? PyNativeFunction { return try callNative(n, Arguments([receiver] + args, keywords: keywords)) }
            if let s = o as? PyStaticMethod { return try call(s.function, args, keywords) }
            if let c = o as? PyClassMethod { return try call(c.function, [.object(typeOf(receiver))] + args, keywords) }
        }
        return try call(function, args, keywords)
    }

    /// `receiver.name(args)` without allocating a bound method for the common cases.
    func callMethod(_ receiver: Value, _ name: String, _ args: [Value]) throws -> Value {
        try callMethod(receiverFirst: [receiver] + args, name, cache: nil)
    }

    /// A method call whose arguments start with the receiver. `cache` remembers, per call
    /// site, which native method a built-in container type resolved to.
    func callMethod(receiverFirst values: [Value], _ name: String, cache: MethodCache?) throws -> Value {
        let receiver = values[0]
        switch receiver {
        case .object(let o):
            // The site's cached built-in method, when the receiver is of the cached Swift type
            // (a dict with a script subclass may override it, so those look up afresh).
            let swiftType = ObjectIdentifier(type(of: o))
            if let c = cache, c.swiftType == swiftType, let n = c.method,
               swiftType != ObjectIdentifier(PyDict.self) || unsafeDowncast(o, to: PyDict.self).subclass == nil {
                return try callNative(n, Arguments(values))
            }
            if let inst = o as? PyInstance {
                if inst.dict[name] == nil, let m = inst.cls.lookup(name) {
                    if case .object(let mo) = m, let f = mo as? PyFunction {
                        return try callFunction(f, values, [])
                    }
                }
            } else if let d = o as? PyDict, d.subclass != nil {
                if let m = classOf(o).lookup(name) { return try callBound(m, receiver, Array(values.dropFirst())) }
            } else if o is PyList || o is PyDict || o is PyTuple || o is PySet {
                if let m = classOf(o).lookup(name), case .object(let mo) = m, let n = mo as? PyNativeFunction {
                    cache?.swiftType = swiftType
                    cache?.method = n
                    return try callNative(n, Arguments(values))
                }
            }
        case .str:
            // Built-in types cannot be changed by scripts, so the lookup holds for good.
            if let n = cache?.strMethod { return try callNative(n, Arguments(values)) }
            if let m = PyClass.str.dict[name], case .object(let mo) = m, let n = mo as? PyNativeFunction {
                cache?.strMethod = n
                return try callNative(n, Arguments(values))
            }
        default:
            break
        }
        let method: Value
        do { method = try getAttribute(receiver, name) } catch let e as PyException {
            if let range = cache?.attributeRange { e.notePending(range) }
            throw e
        }
        return try call(method, Array(values.dropFirst()))
    }

    /// Runs a script function: binds arguments to slots, then runs the body.
    func callFunction(_ fn: PyFunction, _ args: [Value], _ keywords: [(name: String, value: Value)]) throws -> Value {
        let code = fn.code
        if code.isGenerator {
            // The body outlives the call, suspended: its frame is its own, not the stack's.
            let frame = Frame.make(slotCount: code.slotCount, cells: Frame.cells(calling: fn), module: fn.module, function: fn)
            try bind(fn, args, keywords, into: frame)
            let runner = GeneratorRunner { runner in
                frame.generator = runner
                // The frame does not retain its function; the suspended body does.
                _ = try withExtendedLifetime(fn) { try code.body(frame) }
            }
            return .object(PyGenerator(name: code.name, runner: runner))
        }
        return try runCall(fn) { frame in
            let cells = Frame.cells(calling: fn)
            if !cells.isEmpty { frame.withUnsafeMutablePointerToHeader { $0.pointee.cells = cells } }
            try bind(fn, args, keywords, into: frame)
        }
    }

    /// Runs a call of `fn` (not a generator) in a frame from its code's `FrameStack`, after
    /// `bind` has put the arguments in the frame's empty slots. The return value is moved
    /// out of the frame, not copied.
    @inline(__always) func runCall(_ fn: PyFunction, bind: (Frame) throws -> Void) throws -> Value {
        let code = fn.code
        let frame = code.frames.push(fn)
        // Not a `defer`: Swift compiles that into a function of its own, called on every path.
        let result: Value
        do {
            result = try frame._withUnsafeGuaranteedRef { f in
                try bind(f)
                try runBody(code, in: f)
                return f.takeReturnValue()
            }
        } catch {
            code.frames.pop()
            throw error
        }
        code.frames.pop()
        return result
    }

    /// Puts the arguments of a call in `frame`'s slots (and the cells of parameters that
    /// inner functions capture).
    private func bind(_ fn: PyFunction, _ args: [Value], _ keywords: [(name: String, value: Value)], into frame: Frame) throws {
        let code = fn.code
        if keywords.isEmpty && args.count == code.positionalCount && code.onlyPositional {
            for i in 0..<args.count { frame.slots[i] = args[i] }
        } else {
            try bindArguments(fn, frame, args, keywords)
        }
        for (slot, cell) in code.cellParameters { frame.cells[cell].value = frame.slots[slot] }
    }

    /// Runs a function body, counting the call against the recursion limit (the module
    /// frame counts too, as in Python) and the step budget.
    @inline(__always) private func runBody(_ code: CodeObject, in frame: Frame) throws {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth >= recursionLimit {
            throw PyException(.recursionError, "maximum recursion depth exceeded")
        }
        try tick()
        _ = try code.body(frame)
    }

    private func bindArguments(_ fn: PyFunction, _ frame: Frame, _ args: [Value], _ keywords: [(name: String, value: Value)]) throws {
        let code = fn.code
        let name = code.qualifiedName + "()"
        let params = code.params
        let npos = code.positionalCount
        // Positional parameters come first in `params`.
        for i in 0..<min(args.count, npos) { frame.slots[i] = args[i] }
        if args.count > npos {
            if let va = code.varArgsSlot {
                frame.slots[va] = .object(PyTuple(Array(args[npos...])))
            } else {
                let required = npos - fn.defaults.count
                let takes = fn.defaults.isEmpty ? "\(npos) positional argument\(npos == 1 ? "" : "s")" : "from \(required) to \(npos) positional arguments"
                let given = args.count
                var message = "\(name) takes \(takes) but \(given) \(given == 1 ? "was" : "were") given"
                if !keywords.isEmpty && !code.keywordOnly.isEmpty {
                    message = "\(name) takes \(takes) but \(given) positional argument\(given == 1 ? "" : "s") (and \(keywords.count) keyword-only argument\(keywords.count == 1 ? "" : "s")) were given"
                }
                throw PyException(.typeError, message)
            }
        } else if let va = code.varArgsSlot {
            frame.slots[va] = .object(PyTuple.empty)
        }
        var extra: PyDict? = nil
        if let vk = code.varKeywordsSlot {
            let d = PyDict()
            extra = d
            frame.slots[vk] = .object(d)
        }
        for (key, value) in keywords {
            if let index = params.firstIndex(where: { $0.name == key && ($0.kind == .positional || $0.kind == .keywordOnly) }) {
                if frame.slots[index] != nil {
                    throw PyException(.typeError, "\(name) got multiple values for argument '\(key)'")
                }
                frame.slots[index] = value
            } else if let d = extra {
                d.storage[DictKey(.str(key), hash: hashString(key))] = value
            } else {
                throw PyException(.typeError, "\(name) got an unexpected keyword argument '\(key)'")
            }
        }
        // Defaults for missing positionals, then the missing-argument error.
        let firstDefault = npos - fn.defaults.count
        var missing: [String] = []
        for i in 0..<npos where frame.slots[i] == nil {
            if i >= firstDefault {
                frame.slots[i] = fn.defaults[i - firstDefault]
            } else {
                missing.append(params[i].name)
            }
        }
        if !missing.isEmpty {
            throw PyException(.typeError, "\(name) missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))")
        }
        var missingKw: [String] = []
        for (kw, slot) in code.keywordOnly where frame.slots[slot] == nil {
            if let d = fn.keywordDefaults[kw] { frame.slots[slot] = d } else { missingKw.append(kw) }
        }
        if !missingKw.isEmpty {
            throw PyException(.typeError, "\(name) missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(listNames(missingKw))")
        }
    }

    /// 'a', 'a' and 'b', 'a', 'b', and 'c' — CPython's wording for missing arguments.
    private func listNames(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        switch quoted.count {
        case 1: return quoted[0]
        case 2: return "\(quoted[0]) and \(quoted[1])"
        default: return quoted.dropLast().joined(separator: ", ") + ", and " + quoted[quoted.count - 1]
        }
    }

    /// A description of a callable for messages: `f()`, `print()`.
    func describeCallable(_ v: Value) -> String {
        if case .object(let o) = v {
            if let f = o as? PyFunction { return f.code.qualifiedName + "()" }
            if let n = o as? PyNativeFunction { return n.name + "()" }
            if let c = o as? PyClass { return c.name + "()" }
        }
        return typeName(v) + " object"
    }

    /// Calls a class: built-in types construct values; user classes make an instance and
    /// run `__init__`.
    func instantiate(_ cls: PyClass, _ args: [Value], _ keywords: [(name: String, value: Value)]) throws -> Value {
        if let construct = cls.construct {
            return try construct(self, cls, Arguments(args, keywords: keywords))
        }
        if cls.isSubclass(of: .dict) {
            // A dict-derived class: the instance is a dict; `__init__` (the user's, or
            // dict's own, which fills it from the arguments) runs on it.
            let d = PyDict(subclass: cls)
            let value = Value.object(d)
            if let initMethod = cls.lookup("__init__") { _ = try callBound(initMethod, value, args, keywords) }
            return value
        }
        // Other built-in bases (list, str, ...) cannot be subclassed yet.
        if !cls.isException, let builtinBase = cls.mro.first(where: { $0.construct != nil && $0 !== cls }), builtinBase !== PyClass.object {
            throw PyException(.typeError, "subclassing built-in type '\(builtinBase.name)' is not supported")
        }
        if let owner = cls.mro.first(where: { $0.dict["__new__"] != nil }), !owner.isBuiltin, let newMethod = owner.dict["__new__"] {
            let instance = try callBound(newMethod, .object(cls), args, keywords)
            if case .object(let io) = instance, let inst = io as? PyInstance, inst.cls.isSubclass(of: cls), let initMethod = cls.lookup("__init__") {
                _ = try callBound(initMethod, instance, args, keywords)
            }
            return instance
        }
        let instance: PyInstance = cls.isException ? PyException(cls: cls, args: args) : PyInstance(cls: cls)
        let value = Value.object(instance)
        if let initMethod = cls.lookup("__init__"), !isObjectDefault(initMethod, "__init__") {
            let r = try callBound(initMethod, value, args, keywords)
            if !r.isNone {
                throw PyException(.typeError, "__init__() should return None, not '\(typeName(r))'")
            }
        } else if !args.isEmpty || !keywords.isEmpty {
            if !cls.isException {
                throw PyException(.typeError, "\(cls.name)() takes no arguments")
            }
        }
        return value
    }

    /// Builds a class object from a class body's namespace.
    func makeClass(name: String, module: String, bases: [PyClass], namespace: [String: Value]) throws -> PyClass {
        let cls = PyClass(name: name, module: module, bases: bases.isEmpty ? [.object] : bases, dict: namespace, builtin: false)
        for base in bases where base.isException { cls.isException = true }
        for (_, v) in namespace {
            if case .object(let o) = v {
                if let f = o as? PyFunction { f.definingClass = cls }
                if let s = o as? PyStaticMethod, case .object(let fo) = s.function, let f = fo as? PyFunction { f.definingClass = cls }
                if let c = o as? PyClassMethod, case .object(let fo) = c.function, let f = fo as? PyFunction { f.definingClass = cls }
                if let p = o as? PyProperty {
                    for accessor in [p.getter, p.setter, p.deleter] {
                        if case .object(let fo) = accessor, let f = fo as? PyFunction { f.definingClass = cls }
                    }
                }
            }
        }
        if let doc = namespace["__doc__"] { cls.dict["__doc__"] = doc }
        // Defining __eq__ without __hash__ makes instances unhashable, as in Python.
        if namespace["__eq__"] != nil && namespace["__hash__"] == nil { cls.dict["__hash__"] = Value.none }
        return cls
    }

    /// `super()` inside a method: the defining class and the method's first argument.
    func zeroArgumentSuper(_ frame: Frame) throws -> Value {
        guard let fn = frame.function, let cls = fn.definingClass else {
            throw PyException(.runtimeError, "super(): no arguments")
        }
        guard fn.code.slotCount > 0, let receiver = frame.slots[0] ?? (fn.code.cellParameters.first.map { frame.cells[$0.cell].value } ?? nil) else {
            throw PyException(.runtimeError, "super(): no arguments")
        }
        return .object(makeSuper(cls, receiver))
    }

    func makeSuper(_ cls: PyClass, _ receiver: Value) -> PySuper {
        let receiverClass: PyClass
        if case .object(let o) = receiver, let c = o as? PyClass { receiverClass = c } else { receiverClass = typeOf(receiver) }
        return PySuper(startAfter: cls, receiver: receiver, receiverClass: receiverClass)
    }
}
