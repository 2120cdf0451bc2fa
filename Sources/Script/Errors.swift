/// Raising and matching exceptions, and CPython's "Did you mean" suggestions.
extension Interpreter {
    /// How CPython's call errors name a callable (`_PyObject_FunctionStr`): its module and
    /// qualified name, `__main__.f()`, `__main__.C.m()`, but `print()` for a builtin.
    func functionString(_ v: Value) -> String {
        if case .object(let o) = v {
            if let f = o as? PyFunction {
                return f.module.name == "builtins" ? f.code.qualifiedName + "()" : "\(f.module.name).\(f.code.qualifiedName)()"
            }
            if let c = o as? PyClass, c.module != "builtins", !c.module.isEmpty { return "\(c.module).\(c.name)()" }
            if let m = o as? PyBoundMethod, case .object(let fo) = m.function {
                if fo is PyFunction { return functionString(m.function) }
                if let n = fo as? PyNativeFunction { return "\(typeName(m.receiver)).\(n.name.split(separator: ".").last.map(String.init) ?? n.name)()" }
            }
        }
        return describeCallable(v)
    }

    /// The exception a `raise` statement raises: a class is instantiated, an instance is
    /// raised as it is.
    func makeException(_ v: Value) throws -> PyException {
        if case .object(let o) = v {
            if let e = o as? PyException { return e }
            if let c = o as? PyClass, c.isException {
                let made = try instantiate(c, [], [])
                if case .object(let mo) = made, let e = mo as? PyException { return e }
            }
        }
        throw PyException(.typeError, "exceptions must derive from BaseException")
    }

    /// Whether an `except` clause's type (a class or a tuple of classes) matches.
    func exceptionMatches(_ e: PyException, _ type: Value) throws -> Bool {
        if case .object(let o) = type {
            if let c = o as? PyClass {
                guard c.isException else {
                    throw PyException(.typeError, "catching classes that do not inherit from BaseException is not allowed")
                }
                return e.cls.isSubclass(of: c)
            }
            if let t = o as? PyTuple {
                for item in t.items where try exceptionMatches(e, item) { return true }
                return false
            }
        }
        throw PyException(.typeError, "catching classes that do not inherit from BaseException is not allowed")
    }

    /// NameError with CPython's suggestion drawn from globals and builtins.
    func nameError(_ name: String) -> PyException {
        let e = PyException(.nameError, "name '\(name)' is not defined")
        e.dict["name"] = .str(name)
        let globals = mainModule.definedNames
        e.suggestion = closestName(name, globals) ?? closestName(name, builtinsModule.definedNames)
        return e
    }
}

/// CPython's suggestion search (Python/suggestions.c): the candidate with the smallest
/// weighted edit distance (case changes cost 1, other edits 2), within a length-dependent
/// limit.
func closestName(_ name: String, _ candidates: [String]) -> String? {
    let maxSize = 40
    let target = Array(name.unicodeScalars)
    if target.count > maxSize || candidates.count > 750 { return nil }
    var best: String? = nil
    var bestDistance = Int.max
    for candidate in candidates {
        if candidate == name { continue }
        let c = Array(candidate.unicodeScalars)
        if c.count > maxSize { continue }
        var maxDistance = (target.count + c.count + 3) * 2 / 6
        if bestDistance != Int.max && maxDistance > bestDistance - 1 { maxDistance = bestDistance - 1 }
        let d = editDistance(target, c, limit: maxDistance)
        if d > maxDistance { continue }
        if best == nil || d < bestDistance {
            best = candidate
            bestDistance = d
        }
    }
    return best
}

private func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    let moveCost = 2, caseCost = 1
    if a == b { return 0 }
    // Strip the common prefix and suffix, as CPython does.
    var start = 0
    while start < a.count && start < b.count && a[start] == b[start] { start += 1 }
    var endA = a.count, endB = b.count
    while endA > start && endB > start && a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
    let x = Array(a[start..<endA]), y = Array(b[start..<endB])
    if x.isEmpty || y.isEmpty { return (x.count + y.count) * moveCost }
    if abs(x.count - y.count) * moveCost > limit { return limit + 1 }
    func substitution(_ p: Unicode.Scalar, _ q: Unicode.Scalar) -> Int {
        if p == q { return 0 }
        if p.properties.lowercaseMapping == q.properties.lowercaseMapping { return caseCost }
        return moveCost
    }
    var row = (0...y.count).map { $0 * moveCost }
    for i in 1...x.count {
        var previousDiagonal = row[0]
        row[0] = i * moveCost
        var minimum = row[0]
        for j in 1...y.count {
            let old = row[j]
            row[j] = min(previousDiagonal + substitution(x[i - 1], y[j - 1]), old + moveCost, row[j - 1] + moveCost)
            previousDiagonal = old
            minimum = min(minimum, row[j])
        }
        if minimum > limit { return limit + 1 }
    }
    return row[y.count]
}
