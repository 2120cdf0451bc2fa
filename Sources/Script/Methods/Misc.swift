import BigInt

/// Methods of the remaining built-in types: object, exceptions, int, float, files,
/// iterators. Also the registry that installs every type's methods once per process.
enum BuiltinTypes {
    private static let installed: Bool = {
        installConstructors()
        installStrMethods()
        installListMethods()
        installDictMethods()
        installSetMethods()
        installMiscMethods()
        installBytesMethods()
        return true
    }()

    /// Installs the methods of the built-in types (once per process; thread-safe).
    static func installMethods() { _ = installed }

    /// Adds a native method to a built-in class.
    static func method(_ cls: PyClass, _ name: String, _ body: @escaping NativeFunctionBody) {
        cls.dict[name] = .object(PyNativeFunction(documented: cls.name + "." + name, name, owner: cls.name, body))
    }

    static func installMiscMethods() {
        let object = PyClass.object
        method(object, "__init__") { _, _ in .none }
        method(object, "__repr__") { interp, a in
            guard case .object(let o) = a[0], let inst = o as? PyInstance else { return .str(try interp.repr(a[0])) }
            return .str("<\(inst.cls.qualifiedName) object at \(interp.address(inst))>")
        }
        method(object, "__str__") { interp, a in
            if case .object(let o) = a[0], let inst = o as? PyInstance, let r = inst.cls.lookup("__repr__") {
                return try interp.callBound(r, a[0], [])
            }
            return .str(try interp.repr(a[0]))
        }
        method(object, "__eq__") { interp, a in
            guard a.count == 2 else { throw PyException(.typeError, "expected 1 argument, got \(a.count - 1)") }
            return interp.isSame(a[0], a[1]) ? .bool(true) : .object(PySingleton.notImplemented)
        }
        method(object, "__ne__") { interp, a in
            guard a.count == 2 else { throw PyException(.typeError, "expected 1 argument, got \(a.count - 1)") }
            return .bool(try !interp.equals(a[0], a[1]))
        }
        method(object, "__hash__") { interp, a in .int(try interp.hash(a[0])) }
        method(object, "__setattr__") { interp, a in
            guard a.count == 3, case .str(let name) = a[1], case .object(let o) = a[0], let inst = o as? PyInstance else {
                throw PyException(.typeError, "__setattr__ expected 2 arguments")
            }
            if let ca = inst.cls.lookup(name), case .object(let co) = ca, let p = co as? PyProperty, !p.setter.isNone {
                _ = try interp.call(p.setter, [a[0], a[2]])
            } else {
                inst.dict[name] = a[2]
            }
            return .none
        }
        method(object, "__getattribute__") { interp, a in
            guard a.count == 2, case .str(let name) = a[1] else { throw PyException(.typeError, "attribute name must be string") }
            return try interp.getAttribute(a[0], name)
        }
        object.dict["__new__"] = .object(PyStaticMethod(.object(PyNativeFunction("__new__") { interp, a in
            guard case .object(let o)? = a.positional.first, let cls = o as? PyClass else {
                throw PyException(.typeError, "object.__new__(X): X is not a type object")
            }
            if cls.isException { return .object(PyException(cls: cls, args: Array(a.positional.dropFirst()))) }
            return .object(PyInstance(cls: cls))
        })))
        method(object, "__dir__") { interp, a in .object(PyList(interp.attributeNames(a[0]).map { .str($0) })) }
        method(object, "__format__") { interp, a in
            let spec = a.count > 1 ? try interp.toStr(a[1]) : ""
            if !spec.isEmpty { throw PyException(.typeError, "unsupported format string passed to \(interp.typeName(a[0])).__format__") }
            return .str(try interp.str(a[0]))
        }

        let base = PyClass.baseException
        method(base, "__init__") { _, a in
            if case .object(let o) = a[0], let e = o as? PyException { e.args = Array(a.positional.dropFirst()) }
            return .none
        }
        method(base, "__str__") { interp, a in
            guard case .object(let o) = a[0], let e = o as? PyException else { return .str("") }
            return .str(try interp.exceptionMessage(e))
        }
        method(base, "__repr__") { interp, a in
            guard case .object(let o) = a[0], let e = o as? PyException else { return .str("") }
            let args = e.args.count == 1 ? "(" + (try interp.repr(e.args[0])) + ")" : try interp.repr(.object(PyTuple(e.args)))
            return .str(e.cls.name + args)
        }
        method(base, "with_traceback") { _, a in a[0] }
        method(base, "add_note") { _, a in
            if case .object(let o) = a[0], let e = o as? PyException, a.count == 2 {
                var notes = (e.dict["__notes__"].flatMap { v -> PyList? in if case .object(let l) = v { return l as? PyList } else { return nil } }) ?? PyList()
                notes.items.append(a[1])
                e.dict["__notes__"] = .object(notes)
                notes = PyList(notes.items)
            }
            return .none
        }

        let int = PyClass.int
        method(int, "bit_length") { _, a in
            guard let n = Number(a[0]) else { return .int(0) }
            return .int(n.big.magnitude.bitWidth)
        }
        method(int, "bit_count") { _, a in
            guard let n = Number(a[0]) else { return .int(0) }
            return .int(n.big.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        method(int, "conjugate") { _, a in a[0] }
        method(int, "is_integer") { _, _ in .bool(true) }
        method(int, "__index__") { _, a in a[0] }
        method(int, "__int__") { _, a in a[0] }
        method(int, "__float__") { interp, a in .float(try interp.toDouble(a[0])) }
        let float = PyClass.float
        method(float, "is_integer") { _, a in
            guard case .float(let d) = a[0] else { return .bool(false) }
            return .bool(d.isFinite && d == d.rounded())
        }
        method(float, "as_integer_ratio") { interp, a in
            guard case .float(var d) = a[0] else { return .none }
            if d.isNaN { throw PyException(.valueError, "cannot convert NaN to integer ratio") }
            if d.isInfinite { throw PyException(.overflowError, "cannot convert Infinity to integer ratio") }
            var denominator = BigInt(1)
            while d != d.rounded() {
                d *= 2
                denominator *= 2
            }
            var numerator = BigInt(d)
            while numerator != 0 && numerator % 2 == 0 && denominator > 1 {
                numerator /= 2
                denominator /= 2
            }
            _ = interp
            return .object(PyTuple([.integer(numerator), .integer(denominator)]))
        }
        method(float, "conjugate") { _, a in a[0] }
        method(float, "hex") { _, a in
            guard case .float(let d) = a[0] else { return .none }
            return .str(String(format: "%a", d))
        }
        method(float, "__int__") { interp, a in try interp.toIntValue(a[0]) }
        method(float, "__float__") { _, a in a[0] }
        for numberType in [int, float] {
            for (name, op) in [("__add__", BinaryOp.add), ("__sub__", .sub), ("__mul__", .mul), ("__truediv__", .div),
                               ("__floordiv__", .floorDiv), ("__mod__", .mod), ("__pow__", .pow)] {
                method(numberType, name) { interp, a in
                    guard a.count == 2 else { throw PyException(.typeError, "expected 1 argument, got \(a.count - 1)") }
                    return (try? interp.numericBinary(op, a[0], a[1])).flatMap { $0 } ?? .object(PySingleton.notImplemented)
                }
            }
            method(numberType, "__eq__") { interp, a in .bool(try interp.equals(a[0], a.argument(1, "value") ?? .none)) }
            method(numberType, "__hash__") { interp, a in .int(try interp.hash(a[0])) }
            method(numberType, "__repr__") { interp, a in .str(try interp.repr(a[0])) }
            method(numberType, "__neg__") { interp, a in try interp.unary(.neg, a[0]) }
            method(numberType, "__abs__") { interp, a in try interp.call(interp.builtinsModule["abs"] ?? .none, [a[0]]) }
        }

        let file = PyClass.textFile
        func openFile(_ a: Arguments) throws -> PyFile {
            guard case .object(let o)? = a.positional.first, let f = o as? PyFile else { throw PyException(.typeError, "expected a file") }
            if f.closed { throw PyException(.valueError, "I/O operation on closed file.") }
            return f
        }
        method(file, "read") { interp, a in
            let f = try openFile(a)
            let rest = f.lines[min(f.position, f.lines.count)...].joined()
            f.position = f.lines.count
            if a.count > 1, case .int(let n) = a[1], n >= 0 {
                let text = String(rest.prefix(n))
                let remaining = String(rest.dropFirst(n))
                f.lines = f.lines[..<min(f.position, f.lines.count)].map { $0 } + (remaining.isEmpty ? [] : [remaining])
                f.position = f.lines.count - (remaining.isEmpty ? 0 : 1)
                _ = interp
                return .str(text)
            }
            return .str(rest)
        }
        method(file, "readline") { _, a in
            let f = try openFile(a)
            guard f.position < f.lines.count else { return .str("") }
            f.position += 1
            return .str(f.lines[f.position - 1])
        }
        method(file, "readlines") { _, a in
            let f = try openFile(a)
            let rest = f.lines[min(f.position, f.lines.count)...].map { Value.str($0) }
            f.position = f.lines.count
            return .object(PyList(Array(rest)))
        }
        method(file, "close") { _, a in
            if case .object(let o) = a[0], let f = o as? PyFile { f.closed = true }
            return .none
        }
        method(file, "__enter__") { _, a in a[0] }
        method(file, "__exit__") { _, a in
            if case .object(let o) = a[0], let f = o as? PyFile { f.closed = true }
            return .bool(false)
        }
        method(file, "__iter__") { _, a in a[0] }

        for it in [PyClass.iterator, PyClass.generator] {
            method(it, "__next__") { _, a in
                if case .object(let o) = a[0], let g = o as? PyGenerator {
                    if let v = try g.runner.resume() { return v }
                    throw PyException(cls: .stopIteration, args: [])
                }
                guard case .object(let o) = a[0], let i = o as? PyIterator else { throw PyException(.typeError, "expected an iterator") }
                if let v = try i.next() { return v }
                throw PyException(cls: .stopIteration, args: [])
            }
            method(it, "__iter__") { _, a in a[0] }
        }
        method(PyClass.generator, "send") { _, a in
            guard case .object(let o) = a[0], let g = o as? PyGenerator, a.count == 2 else { throw PyException(.typeError, "send() takes exactly one argument") }
            if let v = try g.runner.resume(sending: a[1]) { return v }
            throw PyException(cls: .stopIteration, args: [])
        }
        method(PyClass.generator, "close") { _, a in
            if case .object(let o) = a[0], let g = o as? PyGenerator { g.runner.close() }
            return .none
        }
        method(PyClass.type, "mro") { _, a in
            guard case .object(let o) = a[0], let c = o as? PyClass else { return .none }
            return .object(PyList(c.mro.map { .object($0) }))
        }
    }
}
