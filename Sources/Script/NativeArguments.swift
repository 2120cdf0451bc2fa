/// Argument checking helpers for functions written in Swift, with CPython's wording.
extension Arguments {
    /// Checks the positional count: "len() takes exactly one argument (2 given)".
    public func expect(_ function: String, _ range: ClosedRange<Int>, allowKeywords: Bool = false) throws {
        if !allowKeywords, !keywords.isEmpty {
            throw PyException(.typeError, "\(function)() takes no keyword arguments")
        }
        guard range.contains(positional.count) else {
            if range.lowerBound == range.upperBound {
                let n = range.lowerBound
                if n == 0 { throw PyException(.typeError, "\(function)() takes no arguments (\(positional.count) given)") }
                if n == 1 { throw PyException(.typeError, "\(function)() takes exactly one argument (\(positional.count) given)") }
                throw PyException(.typeError, "\(function) expected \(n) arguments, got \(positional.count)")
            }
            if positional.count < range.lowerBound {
                throw PyException(.typeError, "\(function) expected at least \(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s"), got \(positional.count)")
            }
            throw PyException(.typeError, "\(function) expected at most \(range.upperBound) argument\(range.upperBound == 1 ? "" : "s"), got \(positional.count)")
        }
    }

    /// Positional argument `index`, or keyword `name`, or nil.
    public func argument(_ index: Int, _ name: String) -> Value? {
        if index < positional.count { return positional[index] }
        return keyword(name)
    }

    /// Rejects keywords other than `allowed`.
    public func onlyKeywords(_ function: String, _ allowed: Set<String>) throws {
        for (k, _) in keywords where !allowed.contains(k) {
            throw PyException(.typeError, "\(function)() got an unexpected keyword argument '\(k)'")
        }
    }
}

extension Interpreter {
    /// Registers a builtin function in the builtins module.
    func builtin(_ name: String, _ body: @escaping NativeFunctionBody) {
        builtinsModule[name] = .object(PyNativeFunction(documented: name, name, body))
    }

    /// An int argument (ints and bools); TypeError otherwise.
    public func toInt(_ v: Value, _ what: String = "") throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .bigInt: throw PyException(.overflowError, "Python int too large to convert to C ssize_t")
        default:
            return try toIndex(v)
        }
    }

    /// A float argument (ints and floats).
    public func toDouble(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .bigInt(let b): return try Number.big(b.value).toDouble()
        case .object(let o):
            if let inst = o as? PyInstance, let m = inst.cls.lookup("__float__") {
                return try toDouble(try callBound(m, v, []))
            }
            if let n = o as? NativeObject, let m = try n.getAttribute("__float__", self) { return try toDouble(try call(m, [])) }
            if let n = o as? NativeObject, let r = try n.unary(.pos, self), case .float(let d) = r { return d }
        default: break
        }
        throw PyException(.typeError, "must be real number, not \(typeName(v))")
    }

    /// A str argument.
    public func toStr(_ v: Value) throws -> String {
        guard case .str(let s) = v else { throw PyException(.typeError, "expected str, got \(typeName(v))") }
        return s
    }
}
