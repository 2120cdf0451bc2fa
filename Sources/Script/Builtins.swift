import Foundation
import BigInt

/// The builtin functions (`print`, `len`, `sorted`, ...). Type constructors (`int`,
/// `list`, ...) are in BuiltinConstructors.swift.
extension Interpreter {
    func installBuiltins() {
        installConstructors()
        for cls in PyClass.allExceptions { builtinsModule[cls.name] = .object(cls) }
        builtinsModule["NotImplemented"] = .object(PySingleton.notImplemented)
        builtinsModule["Ellipsis"] = .object(PySingleton.ellipsis)
        builtinsModule["__name__"] = .str("builtins")

        builtin("print") { interp, args in
            try args.onlyKeywords("print", ["sep", "end", "file", "flush"])
            var sep = " ", end = "\n"
            if let s = args.keyword("sep"), !s.isNone { sep = try interp.toStrArgument(s, "sep") }
            if let e = args.keyword("end"), !e.isNone { end = try interp.toStrArgument(e, "end") }
            let text = try args.positional.map { try interp.str($0) }.joined(separator: sep) + end
            if let file = args.keyword("file"), !file.isNone {
                _ = try interp.callMethod(file, "write", [.str(text)])
            } else {
                interp.output(text)
            }
            return .none
        }
        builtin("input") { interp, args in
            try args.expect("input", 0...1)
            let prompt = try args.positional.first.map { try interp.str($0) } ?? ""
            interp.output(prompt)
            guard let line = interp.inputProvider(prompt) else { throw PyException(.eofError, "EOF when reading a line") }
            return .str(line)
        }
        builtin("len") { interp, args in
            try args.expect("len", 1...1)
            return .int(try interp.length(args[0]))
        }
        builtin("repr") { interp, args in
            try args.expect("repr", 1...1)
            return .str(try interp.repr(args[0]))
        }
        builtin("ascii") { interp, args in
            try args.expect("ascii", 1...1)
            return .str(asciiEscaped(try interp.repr(args[0])))
        }
        builtin("abs") { interp, args in
            try args.expect("abs", 1...1)
            switch args[0] {
            case .int(let i): return i == Int.min ? .integer(-BigInt(i)) : .int(Swift.abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .bigInt(let b): return .integer(BigInt(b.value.magnitude))
            case .float(let d): return .float(Swift.abs(d))
            case .object(let o):
                if let inst = o as? PyInstance, let m = inst.cls.lookup("__abs__") { return try interp.callBound(m, args[0], []) }
                if let n = o as? NativeObject, let r = try n.unary(.pos, interp), case .object = r {
                    if let absFn = try n.getAttribute("__abs__", interp) { return try interp.call(absFn, []) }
                }
            default: break
            }
            throw PyException(.typeError, "bad operand type for abs(): '\(interp.typeName(args[0]))'")
        }
        builtin("min") { interp, args in try interp.minMax(args, "min", wantMax: false) }
        builtin("max") { interp, args in try interp.minMax(args, "max", wantMax: true) }
        builtin("sum") { interp, args in
            try args.onlyKeywords("sum", ["start"])
            guard args.count >= 1 && args.count <= 2 else {
                throw PyException(.typeError, "sum() takes at most 2 arguments (\(args.count) given)")
            }
            var total = args.argument(1, "start") ?? .int(0)
            if case .str = total { throw PyException(.typeError, "sum() can't sum strings [use ''.join(seq) instead]") }
            let next = try interp.makeIterator(args[0])
            while let x = try next() {
                if case .int(let a) = total, case .int(let b) = x {
                    let (r, o) = a.addingReportingOverflow(b)
                    if !o { total = .int(r); continue }
                }
                if case .float(let a) = total, case .float(let b) = x { total = .float(a + b); continue }
                total = try interp.binary(.add, total, x)
            }
            return total
        }
        builtin("sorted") { interp, args in
            try args.onlyKeywords("sorted", ["key", "reverse"])
            guard args.count == 1 else { throw PyException(.typeError, "sorted expected 1 argument, got \(args.count)") }
            var items = try interp.iterateToArray(args[0])
            try interp.sortValues(&items, key: args.keyword("key"), reverse: try args.keyword("reverse").map { try interp.isTruthy($0) } ?? false)
            return .object(PyList(items))
        }
        builtin("reversed") { interp, args in
            try args.expect("reversed", 1...1)
            let v = args[0]
            if case .object(let o) = v, let inst = o as? PyInstance {
                if let m = inst.cls.lookup("__reversed__") { return try interp.callBound(m, v, []) }
            }
            let reversible: Bool
            switch v {
            case .str: reversible = true
            case .object(let o): reversible = o is PyList || o is PyTuple || o is PyRange || o is PyDict || o is PyDictView || o is PyBytes || o is NativeObject
            default: reversible = false
            }
            guard reversible else { throw PyException(.typeError, "'\(interp.typeName(v))' object is not reversible") }
            let items = try interp.iterateToArray(v)
            var i = items.count
            return .object(PyIterator("reversed") {
                guard i > 0 else { return nil }
                i -= 1
                return items[i]
            })
        }
        builtin("enumerate") { interp, args in
            try args.onlyKeywords("enumerate", ["start", "iterable"])
            guard let iterable = args.argument(0, "iterable") else {
                throw PyException(.typeError, "enumerate() missing required argument 'iterable' (pos 1)")
            }
            var counter = try args.argument(1, "start").map { try interp.toInt($0) } ?? 0
            let next = try interp.makeIterator(iterable)
            return .object(PyIterator("enumerate") {
                guard let x = try next() else { return nil }
                defer { counter += 1 }
                return .object(PyTuple([.int(counter), x]))
            })
        }
        builtin("zip") { interp, args in
            try args.onlyKeywords("zip", ["strict"])
            let strict = try args.keyword("strict").map { try interp.isTruthy($0) } ?? false
            let iterators = try args.positional.map { try interp.makeIterator($0) }
            return .object(PyIterator("zip") {
                if iterators.isEmpty { return nil }
                var items: [Value] = []
                for (i, it) in iterators.enumerated() {
                    guard let x = try it() else {
                        guard strict else { return nil }
                        // CPython's words: "argument 3 is shorter than arguments 1-2", or, when
                        // the first ran out, "argument 2 is longer than argument 1".
                        func others(_ k: Int) -> String { k == 1 ? "argument 1" : "arguments 1-\(k)" }
                        if i > 0 {
                            throw PyException(.valueError, "zip() argument \(i + 1) is shorter than \(others(i))")
                        }
                        for k in 1..<iterators.count where try iterators[k]() != nil {
                            throw PyException(.valueError, "zip() argument \(k + 1) is longer than \(others(k))")
                        }
                        return nil
                    }
                    items.append(x)
                }
                return .object(PyTuple(items))
            })
        }
        builtin("map") { interp, args in
            guard args.count >= 2 else { throw PyException(.typeError, "map() must have at least two arguments.") }
            let fn = args[0]
            let iterators = try args.positional.dropFirst().map { try interp.makeIterator($0) }
            return .object(PyIterator("map") { [unowned(unsafe) interp] in
                var items: [Value] = []
                for it in iterators {
                    guard let x = try it() else { return nil }
                    items.append(x)
                }
                return try interp.call(fn, items)
            })
        }
        builtin("filter") { interp, args in
            try args.expect("filter", 2...2)
            let fn = args[0]
            let next = try interp.makeIterator(args[1])
            return .object(PyIterator("filter") { [unowned(unsafe) interp] in
                while let x = try next() {
                    let keep = fn.isNone ? x : try interp.call(fn, [x])
                    if try interp.isTruthy(keep) { return x }
                }
                return nil
            })
        }
        builtin("any") { interp, args in
            try args.expect("any", 1...1)
            let next = try interp.makeIterator(args[0])
            while let x = try next() { if try interp.isTruthy(x) { return .bool(true) } }
            return .bool(false)
        }
        builtin("all") { interp, args in
            try args.expect("all", 1...1)
            let next = try interp.makeIterator(args[0])
            while let x = try next() { if try !interp.isTruthy(x) { return .bool(false) } }
            return .bool(true)
        }
        builtin("isinstance") { interp, args in
            try args.expect("isinstance", 2...2)
            return .bool(try interp.isInstanceOf(args[0], args[1], function: "isinstance"))
        }
        builtin("issubclass") { interp, args in
            try args.expect("issubclass", 2...2)
            guard case .object(let o) = args[0], let cls = o as? PyClass else {
                throw PyException(.typeError, "issubclass() arg 1 must be a class")
            }
            return .bool(try interp.classMatches(cls, args[1], function: "issubclass"))
        }
        builtin("getattr") { interp, args in
            try args.expect("getattr", 2...3)
            let name = try interp.attributeNameArgument(args[1], "getattr")
            if args.count == 3 {
                do { return try interp.getAttribute(args[0], name) } catch let e as PyException where e.cls.isSubclass(of: .attributeError) {
                    return args[2]
                }
            }
            return try interp.getAttribute(args[0], name)
        }
        builtin("setattr") { interp, args in
            try args.expect("setattr", 3...3)
            try interp.setAttribute(args[0], try interp.attributeNameArgument(args[1], "setattr"), args[2])
            return .none
        }
        builtin("hasattr") { interp, args in
            try args.expect("hasattr", 2...2)
            do {
                _ = try interp.getAttribute(args[0], try interp.attributeNameArgument(args[1], "hasattr"))
                return .bool(true)
            } catch let e as PyException where e.cls.isSubclass(of: .attributeError) {
                return .bool(false)
            }
        }
        builtin("delattr") { interp, args in
            try args.expect("delattr", 2...2)
            try interp.deleteAttribute(args[0], try interp.attributeNameArgument(args[1], "delattr"))
            return .none
        }
        builtin("id") { interp, args in
            try args.expect("id", 1...1)
            if case .object(let o) = args[0] { return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))) }
            return .int(try interp.hash(args[0]) & 0x7fff_ffff_ffff)
        }
        builtin("hash") { interp, args in
            try args.expect("hash", 1...1)
            return .int(try interp.hash(args[0]))
        }
        builtin("iter") { interp, args in
            try args.expect("iter", 1...1)
            if case .object(let o) = args[0], o is PyIterator || o is PyGenerator { return args[0] }
            if case .object(let o) = args[0], let inst = o as? PyInstance, let m = inst.cls.lookup("__iter__") {
                return try interp.callBound(m, args[0], [])
            }
            let next = try interp.makeIterator(args[0])
            return .object(PyIterator(interp.iteratorKindName(args[0]), next))
        }
        builtin("next") { interp, args in
            try args.expect("next", 1...2)
            let it = args[0]
            if case .object(let o) = it {
                if let g = o as? PyGenerator {
                    if let v = try g.runner.resume() { return v }
                    if args.count == 2 { return args[1] }
                    throw PyException(cls: .stopIteration, args: [])
                }
                if let pi = o as? PyIterator {
                    if let v = try pi.next() { return v }
                    if args.count == 2 { return args[1] }
                    throw PyException(cls: .stopIteration, args: [])
                }
                if let inst = o as? PyInstance, let m = inst.cls.lookup("__next__") {
                    do { return try interp.callBound(m, it, []) } catch let e as PyException where e.cls.isSubclass(of: .stopIteration) && args.count == 2 {
                        return args[1]
                    }
                }
                if let f = o as? PyFile {
                    guard f.position < f.lines.count else {
                        if args.count == 2 { return args[1] }
                        throw PyException(cls: .stopIteration, args: [])
                    }
                    f.position += 1
                    return .str(f.lines[f.position - 1])
                }
            }
            throw PyException(.typeError, "'\(interp.typeName(it))' object is not an iterator")
        }
        builtin("ord") { interp, args in
            try args.expect("ord", 1...1)
            guard case .str(let s) = args[0] else {
                throw PyException(.typeError, "ord() expected string of length 1, but \(interp.typeName(args[0])) found")
            }
            guard s.unicodeScalars.count == 1, let u = s.unicodeScalars.first else {
                throw PyException(.typeError, "ord() expected a character, but string of length \(s.unicodeScalars.count) found")
            }
            return .int(Int(u.value))
        }
        builtin("chr") { interp, args in
            try args.expect("chr", 1...1)
            let i = try interp.toInt(args[0])
            guard i >= 0 && i <= 0x10FFFF else { throw PyException(.valueError, "chr() arg not in range(0x110000)") }
            guard let u = Unicode.Scalar(UInt32(i)) else { return .str("\u{FFFD}") }
            return .str(String(u))
        }
        builtin("divmod") { interp, args in
            try args.expect("divmod", 2...2)
            if let x = Number(args[0]), let y = Number(args[1]), (try? y.toDouble()) == 0 {
                if case .float = x { throw PyException(.zeroDivisionError, "float divmod()") }
                if case .float = y { throw PyException(.zeroDivisionError, "float divmod()") }
                throw PyException(.zeroDivisionError, "integer division or modulo by zero")
            }
            let q = try interp.binary(.floorDiv, args[0], args[1])
            let r = try interp.binary(.mod, args[0], args[1])
            return .object(PyTuple([q, r]))
        }
        builtin("pow") { interp, args in
            try args.expect("pow", 2...3)
            if args.count == 3 && !args[2].isNone {
                func integer(_ v: Value) -> BigInt? {
                    switch v {
                    case .int, .bool, .bigInt: return Number(v)?.big
                    default: return nil
                    }
                }
                guard let b = integer(args[0]), let e = integer(args[1]), let m = integer(args[2]) else {
                    throw PyException(.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
                }
                if m == 0 { throw PyException(.valueError, "pow() 3rd argument cannot be 0") }
                var base = b, exponent = e
                if exponent < 0 {
                    guard let inverse = b.inverse(BigInt(m.magnitude)) else {
                        throw PyException(.valueError, "base is not invertible for the given modulus")
                    }
                    base = inverse
                    exponent = -exponent
                }
                var r = base.power(exponent, modulus: m)
                if r != 0 && (r < 0) != (m < 0) { r += m }
                return .integer(r)
            }
            return try interp.binary(.pow, args[0], args[1])
        }
        builtin("round") { interp, args in
            try args.onlyKeywords("round", ["ndigits", "number"])
            guard let x = args.argument(0, "number") else { throw PyException(.typeError, "round() missing required argument 'number' (pos 1)") }
            let nd = args.argument(1, "ndigits")
            do {
                switch x {
                case .float(let d):
                    if let nd = nd, !nd.isNone { return .float(try PyRound.round(d, ndigits: try interp.toInt(nd))) }
                    return .integer(try PyRound.round(d))
                case .int, .bool, .bigInt:
                    guard let nd = nd, !nd.isNone else { return .integer(Number(x)!.big) }
                    let digits = try interp.toInt(nd)
                    if digits >= 0 { return .integer(Number(x)!.big) }
                    return .integer(PyRound.round(Number(x)!.big, ndigits: digits))
                case .object(let o):
                    if let inst = o as? PyInstance, let m = inst.cls.lookup("__round__") {
                        return try interp.callBound(m, x, nd.map { [$0] } ?? [])
                    }
                    if let n = o as? NativeObject, let m = try n.getAttribute("__round__", interp) {
                        return try interp.call(m, nd.map { [$0] } ?? [])
                    }
                default: break
                }
            } catch let e as PyFormatError {
                throw interp.pyError(e)
            }
            throw PyException(.typeError, "type \(interp.typeName(x)) doesn't define __round__ method")
        }
        builtin("callable") { interp, args in
            try args.expect("callable", 1...1)
            guard case .object(let o) = args[0] else { return .bool(false) }
            switch o {
            case is PyFunction, is PyNativeFunction, is PyBoundMethod, is PyClass: return .bool(true)
            case let inst as PyInstance: return .bool(inst.cls.lookup("__call__") != nil)
            case let n as NativeObject: return .bool(try n.getAttribute("__call__", interp) != nil)
            default: return .bool(false)
            }
        }
        builtin("format") { interp, args in
            try args.expect("format", 1...2)
            let spec = args.count == 2 ? try interp.toStr(args[1]) : ""
            return .str(try interp.format(args[0], spec))
        }
        builtin("bin") { interp, args in try interp.radixText(args, "bin", 2, "0b") }
        builtin("oct") { interp, args in try interp.radixText(args, "oct", 8, "0o") }
        builtin("hex") { interp, args in try interp.radixText(args, "hex", 16, "0x") }
        builtin("dir") { interp, args in
            try args.expect("dir", 0...1)
            if args.count == 0 {
                return .object(PyList(interp.mainModule.definedNames.map { .str($0) }))
            }
            return .object(PyList(interp.attributeNames(args[0]).map { .str($0) }))
        }
        builtin("vars") { interp, args in
            try args.expect("vars", 0...1)
            if args.count == 0 { return try interp.globalsDict(interp.mainModule) }
            return try interp.getAttribute(args[0], "__dict__")
        }
        builtin("globals") { interp, args in
            try args.expect("globals", 0...0)
            return try interp.globalsDict(interp.mainModule)
        }
        builtin("locals") { interp, args in
            try args.expect("locals", 0...0)
            return try interp.globalsDict(interp.mainModule)
        }
        builtin("help") { interp, args in
            try args.expect("help", 0...1)
            guard let v = args.positional.first else {
                interp.output("Type help(object) for help about object.\n")
                return .none
            }
            interp.output(interp.helpText(v))
            return .none
        }
        builtin("open") { interp, args in try interp.openFile(args) }
        builtin("eval") { interp, args in
            try args.expect("eval", 1...1)
            guard case .str(let source) = args[0] else { throw PyException(.typeError, "eval() arg 1 must be a string") }
            let code = try interp.compileModule(source: source.trimmed(" \t\n"), filename: "<string>", module: interp.mainModule, echoLastExpression: true)
            let frame = Frame.make(slotCount: code.slotCount, cells: (0..<code.ownCellCount).map { _ in Cell() }, module: interp.mainModule, function: nil)
            _ = try code.body(frame)
            return frame.returnValue
        }
        builtin("exec") { interp, args in
            try args.expect("exec", 1...1)
            guard case .str(let source) = args[0] else { throw PyException(.typeError, "exec() arg 1 must be a string") }
            let code = try interp.compileModule(source: source, filename: "<string>", module: interp.mainModule, echoLastExpression: false)
            let frame = Frame.make(slotCount: code.slotCount, cells: (0..<code.ownCellCount).map { _ in Cell() }, module: interp.mainModule, function: nil)
            _ = try code.body(frame)
            return .none
        }
        builtin("exit") { _, args in
            throw PyException(cls: .systemExit, args: args.positional)
        }
        builtinsModule["quit"] = builtinsModule["exit"]
    }

    func toStrArgument(_ v: Value, _ name: String) throws -> String {
        guard case .str(let s) = v else {
            throw PyException(.typeError, "\(name) must be None or a string, not \(typeName(v))")
        }
        return s
    }

    func attributeNameArgument(_ v: Value, _ function: String) throws -> String {
        guard case .str(let s) = v else {
            throw PyException(.typeError, "attribute name must be string, not '\(typeName(v))'")
        }
        return s
    }

    func iteratorKindName(_ v: Value) -> String {
        switch typeOf(v).name {
        case "list": return "list_iterator"
        case "tuple": return "tuple_iterator"
        case "str": return "str_ascii_iterator"
        case "dict": return "dict_keyiterator"
        case "range": return "range_iterator"
        case "set": return "set_iterator"
        default: return "iterator"
        }
    }

    func globalsDict(_ m: PyModule) throws -> Value {
        try makeDict(m.globals.sorted { $0.key < $1.key }.compactMap { k, box in box.value.map { (.str(k), $0) } })
    }

    /// isinstance with a class or a (nested) tuple of classes.
    func isInstanceOf(_ v: Value, _ spec: Value, function: String) throws -> Bool {
        if case .object(let o) = spec {
            if let c = o as? PyClass {
                if c === PyClass.object { return true }
                return typeOf(v).isSubclass(of: c)
            }
            if let t = o as? PyTuple {
                for item in t.items where try isInstanceOf(v, item, function: function) { return true }
                return false
            }
        }
        throw PyException(.typeError, "\(function)() arg 2 must be a type, a tuple of types, or a union")
    }

    func classMatches(_ cls: PyClass, _ spec: Value, function: String) throws -> Bool {
        if case .object(let o) = spec {
            if let c = o as? PyClass { return cls.isSubclass(of: c) || c === PyClass.object }
            if let t = o as? PyTuple {
                for item in t.items where try classMatches(cls, item, function: function) { return true }
                return false
            }
        }
        throw PyException(.typeError, "\(function)() arg 2 must be a class, a tuple of classes, or a union")
    }

    /// Stable sort by `<` (Python's only sort comparison), with an optional key function.
    func sortValues(_ items: inout [Value], key: Value?, reverse: Bool) throws {
        let keys: [Value]
        if let k = key, !k.isNone { keys = try items.map { try call(k, [$0]) } } else { keys = items }
        var order = Array(keys.indices)
        try order.sort { i, j in
            let a = keys[i], b = keys[j]
            let less: Bool, greater: Bool
            if case .int(let x) = a, case .int(let y) = b { less = x < y; greater = x > y }
            else if case .str(let x) = a, case .str(let y) = b { let c = compareStrings(x, y); less = c < 0; greater = c > 0 }
            else if case .float(let x) = a, case .float(let y) = b { less = x < y; greater = x > y }
            else {
                less = try compareToBool(.lt, a, b)
                greater = less ? false : try compareToBool(.lt, b, a)
            }
            if reverse { return greater || (!less && i < j) }
            return less || (!greater && i < j)
        }
        items = order.map { items[$0] }
    }

    func minMax(_ args: Arguments, _ name: String, wantMax: Bool) throws -> Value {
        try args.onlyKeywords(name, ["key", "default"])
        let key = args.keyword("key").flatMap { $0.isNone ? nil : $0 }
        let items: [Value]
        if args.count == 1 {
            items = try iterateToArray(args[0])
        } else if args.count == 0 {
            throw PyException(.typeError, "\(name) expected at least 1 argument, got 0")
        } else {
            if args.keyword("default") != nil {
                throw PyException(.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = args.positional
        }
        guard var best = items.first else {
            if let d = args.keyword("default") { return d }
            throw PyException(.valueError, "\(name)() arg is an empty sequence")
        }
        var bestKey = try key.map { try call($0, [best]) } ?? best
        for item in items.dropFirst() {
            let k = try key.map { try call($0, [item]) } ?? item
            let better = wantMax ? try compareToBool(.gt, k, bestKey) : try compareToBool(.lt, k, bestKey)
            if better {
                best = item
                bestKey = k
            }
        }
        return best
    }

    func radixText(_ args: Arguments, _ name: String, _ radix: Int, _ prefix: String) throws -> Value {
        try args.expect(name, 1...1)
        let v = args[0]
        guard let n = Number(v), !{ if case .float = n { return true } else { return false } }() else {
            if case .object(let o) = v, let inst = o as? PyInstance, inst.cls.lookup("__index__") != nil {
                return try radixText(Arguments([.int(try toIndex(v))]), name, radix, prefix)
            }
            throw PyException(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
        }
        let b = n.big
        let digits = String(b.magnitude, radix: radix)
        return .str((b.sign == .minus && b != 0 ? "-" : "") + prefix + digits)
    }

    func openFile(_ args: Arguments) throws -> Value {
        try args.onlyKeywords("open", ["mode", "encoding", "file", "errors", "newline"])
        guard let pathValue = args.argument(0, "file") else { throw PyException(.typeError, "open() missing required argument 'file' (pos 1)") }
        guard case .str(let path) = pathValue else {
            throw PyException(.typeError, "expected str, bytes or os.PathLike object, not \(typeName(pathValue))")
        }
        let mode = try args.argument(1, "mode").map { try toStr($0) } ?? "r"
        guard mode == "r" || mode == "rt" else {
            throw PyException(.valueError, "open(): only reading text files is supported (mode '\(mode)')")
        }
        guard let text = String(data: try readFile(path), encoding: .utf8) else {
            throw PyException(cls: .unicodeError, args: [.str("'utf-8' codec can't decode file \(PyStr.repr(path))")])
        }
        return .object(PyFile(path: path, mode: mode, content: text.replacingOccurrences(of: "\r\n", with: "\n")))
    }

    /// The bytes of the file at `path`, read as `open()` reads: under the host's
    /// `fileReadCheck` (PermissionError), with FileNotFoundError and IsADirectoryError as
    /// Python words them. Native modules that read files (pictures, ...) go through here.
    public func readFile(_ path: String) throws -> Data {
        guard fileReadCheck(path) else {
            throw PyException(.permissionError, "[Errno 13] Permission denied: \(PyStr.repr(path))")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PyException(.fileNotFoundError, "[Errno 2] No such file or directory: \(PyStr.repr(path))")
        }
        if isDirectory.boolValue { throw PyException(.isADirectoryError, "[Errno 21] Is a directory: \(PyStr.repr(path))") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PyException(.permissionError, "[Errno 13] Permission denied: \(PyStr.repr(path))")
        }
        return data
    }
}
