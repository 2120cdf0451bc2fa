import Foundation
import BigInt

/// The native standard modules: `math`, `sys`, `time` (TimeModule.swift), `collections`.
extension Interpreter {
    func registerStandardModules() {
        registerModule("math") { interp in interp.makeMathModule() }
        registerModule("sys") { interp in interp.makeSysModule() }
        registerModule("time") { interp in interp.makeTimeModule() }
        registerCollectionsModule()
    }

    private func makeMathModule() -> PyModule {
        var members: [String: Value] = [
            "pi": .float(Double.pi), "e": .float(M_E), "tau": .float(2 * Double.pi),
            "inf": .float(.infinity), "nan": .float(.nan),
        ]
        func unary(_ name: String, _ f: @escaping (Double) -> Double, domain: ((Double) -> Bool)? = nil) {
            members[name] = function(name, parameters: ["x"]) { interp, args in
                try args.expect(name, 1...1)
                let x = try interp.toDouble(args[0])
                if let ok = domain, !ok(x) { throw PyException(.valueError, "math domain error") }
                let r = f(x)
                if r.isInfinite && x.isFinite { throw PyException(.overflowError, "math range error") }
                return .float(r)
            }
        }
        unary("sqrt", Foundation.sqrt) { $0 >= 0 || $0.isNaN }
        unary("exp", Foundation.exp)
        unary("sin", Foundation.sin)
        unary("cos", Foundation.cos)
        unary("tan", Foundation.tan)
        unary("asin", Foundation.asin) { abs($0) <= 1 || $0.isNaN }
        unary("acos", Foundation.acos) { abs($0) <= 1 || $0.isNaN }
        unary("atan", Foundation.atan)
        unary("sinh", Foundation.sinh)
        unary("cosh", Foundation.cosh)
        unary("tanh", Foundation.tanh)
        unary("fabs", Swift.abs)
        unary("log2", Foundation.log2) { $0 > 0 || $0.isNaN }
        unary("log10", Foundation.log10) { $0 > 0 || $0.isNaN }
        unary("log1p", Foundation.log1p) { $0 > -1 || $0.isNaN }
        unary("expm1", Foundation.expm1)
        unary("degrees") { $0 * 180 / Double.pi }
        unary("radians") { $0 * Double.pi / 180 }
        members["log"] = function("log", parameters: ["x", "base"]) { interp, args in
            try args.expect("log", 1...2)
            func ln(_ v: Value) throws -> Double {
                if case .bigInt(let b) = v, b.value > 0 {
                    // ln of a huge int: ln(m * 2^k) without converting to an infinite double.
                    let shift = max(0, b.value.bitWidth - 60)
                    return Foundation.log(Double(b.value >> shift)) + Double(shift) * M_LN2
                }
                let x = try interp.toDouble(v)
                if x <= 0 { throw PyException(.valueError, "math domain error") }
                return Foundation.log(x)
            }
            let r = try ln(args[0])
            if args.count == 2 {
                let d = try ln(args[1])
                if d == 0 { throw PyException(.zeroDivisionError, "float division by zero") }
                return .float(r / d)
            }
            return .float(r)
        }
        members["pow"] = function("pow", parameters: ["x", "y"]) { interp, args in
            try args.expect("pow", 2...2)
            let x = try interp.toDouble(args[0]), y = try interp.toDouble(args[1])
            if x == 0 && y < 0 { throw PyException(.valueError, "math domain error") }
            if x < 0 && y.isFinite && y != y.rounded() { throw PyException(.valueError, "math domain error") }
            let r = Foundation.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw PyException(.overflowError, "math range error") }
            return .float(r)
        }
        members["atan2"] = function("atan2") { interp, args in
            try args.expect("atan2", 2...2)
            return .float(Foundation.atan2(try interp.toDouble(args[0]), try interp.toDouble(args[1])))
        }
        members["hypot"] = function("hypot") { interp, args in
            .float(Foundation.sqrt(try args.positional.reduce(0.0) { let v = try interp.toDouble($1); return $0 + v * v }))
        }
        for (name, rounding) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            members[name] = function(name, parameters: ["x"]) { interp, args in
                try args.expect(name, 1...1)
                switch args[0] {
                case .int, .bigInt: return args[0]
                case .bool(let b): return .int(b ? 1 : 0)
                default:
                    let d = try interp.toDouble(args[0])
                    do { return .integer(try PyNumberConversion.integer(d.rounded(rounding))) } catch let e as PyFormatError { throw interp.pyError(e) }
                }
            }
        }
        members["isnan"] = function("isnan") { interp, args in
            try args.expect("isnan", 1...1)
            return .bool(try interp.toDouble(args[0]).isNaN)
        }
        members["isinf"] = function("isinf") { interp, args in
            try args.expect("isinf", 1...1)
            return .bool(try interp.toDouble(args[0]).isInfinite)
        }
        members["isfinite"] = function("isfinite") { interp, args in
            try args.expect("isfinite", 1...1)
            return .bool(try interp.toDouble(args[0]).isFinite)
        }
        members["isclose"] = function("isclose", parameters: ["a", "b", "rel_tol", "abs_tol"]) { interp, args in
            try args.onlyKeywords("isclose", ["rel_tol", "abs_tol"])
            guard args.count == 2 else { throw PyException(.typeError, "isclose() takes exactly 2 positional arguments (\(args.count) given)") }
            let a = try interp.toDouble(args[0]), b = try interp.toDouble(args[1])
            let rel = try args.keyword("rel_tol").map { try interp.toDouble($0) } ?? 1e-9
            let absTol = try args.keyword("abs_tol").map { try interp.toDouble($0) } ?? 0
            if rel < 0 || absTol < 0 { throw PyException(.valueError, "tolerances must be non-negative") }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let diff = Swift.abs(b - a)
            return .bool(diff <= Swift.abs(rel * b) || diff <= Swift.abs(rel * a) || diff <= absTol)
        }
        members["gcd"] = function("gcd") { interp, args in
            var g = BigInt(0)
            for v in args.positional {
                guard let n = Number(v), !{ if case .float = n { return true } else { return false } }() else {
                    throw PyException(.typeError, "'\(interp.typeName(v))' object cannot be interpreted as an integer")
                }
                g = g.greatestCommonDivisor(with: n.big)
            }
            return .integer(g)
        }
        members["lcm"] = function("lcm") { interp, args in
            var l = BigInt(1)
            for v in args.positional {
                guard let n = Number(v)?.big else { throw PyException(.typeError, "'\(interp.typeName(v))' object cannot be interpreted as an integer") }
                if n == 0 { return .int(0) }
                l = (l * n).magnitude == 0 ? 0 : BigInt((l * n).magnitude) / l.greatestCommonDivisor(with: n)
            }
            return .integer(l)
        }
        members["factorial"] = function("factorial") { interp, args in
            try args.expect("factorial", 1...1)
            if case .float = args[0] { throw PyException(.typeError, "'float' object cannot be interpreted as an integer") }
            let n = try interp.toInt(args[0])
            if n < 0 { throw PyException(.valueError, "factorial() not defined for negative values") }
            if n > 20_000 { throw PyException(.overflowError, "factorial() argument should not exceed 20000 here") }
            var r = BigInt(1)
            if n > 1 { for i in 2...n { r *= BigInt(i) } }
            return .integer(r)
        }
        members["comb"] = function("comb") { interp, args in
            try args.expect("comb", 2...2)
            let n = try interp.toInt(args[0]), k = try interp.toInt(args[1])
            if n < 0 || k < 0 { throw PyException(.valueError, "\(n < 0 ? "n" : "k") must be a non-negative integer") }
            if k > n { return .int(0) }
            var r = BigInt(1)
            let kk = min(k, n - k)
            if kk > 0 { for i in 0..<kk { r = r * BigInt(n - i) / BigInt(i + 1) } }
            return .integer(r)
        }
        members["prod"] = function("prod", parameters: ["iterable", "start"]) { interp, args in
            try args.onlyKeywords("prod", ["start"])
            try args.expect("prod", 1...1, allowKeywords: true)
            var total = args.keyword("start") ?? .int(1)
            for x in try interp.iterateToArray(args[0]) { total = try interp.binary(.mul, total, x) }
            return total
        }
        members["fsum"] = function("fsum") { interp, args in
            try args.expect("fsum", 1...1)
            // Shewchuk's exact summation (as CPython's fsum), via partial sums.
            var partials: [Double] = []
            for v in try interp.iterateToArray(args[0]) {
                var x = try interp.toDouble(v)
                var i = 0
                for var y in partials {
                    if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                    let hi = x + y
                    let lo = y - (hi - x)
                    if lo != 0 { partials[i] = lo; i += 1 }
                    x = hi
                }
                partials.removeSubrange(i...)
                partials.append(x)
            }
            return .float(partials.reduce(0, +))
        }
        members["copysign"] = function("copysign") { interp, args in
            try args.expect("copysign", 2...2)
            return .float(Foundation.copysign(try interp.toDouble(args[0]), try interp.toDouble(args[1])))
        }
        members["fmod"] = function("fmod") { interp, args in
            try args.expect("fmod", 2...2)
            let y = try interp.toDouble(args[1])
            if y == 0 { throw PyException(.valueError, "math domain error") }
            return .float(Foundation.fmod(try interp.toDouble(args[0]), y))
        }
        members["modf"] = function("modf") { interp, args in
            try args.expect("modf", 1...1)
            let x = try interp.toDouble(args[0])
            let whole = x.rounded(.towardZero)
            return .object(PyTuple([.float(x - whole), .float(whole)]))
        }
        members["isqrt"] = function("isqrt") { interp, args in
            try args.expect("isqrt", 1...1)
            guard let n = Number(args[0])?.big else { throw PyException(.typeError, "'\(interp.typeName(args[0]))' object cannot be interpreted as an integer") }
            if n < 0 { throw PyException(.valueError, "isqrt() argument must be nonnegative") }
            return .integer(n.squareRoot())
        }
        return makeModule("math", members)
    }

    private func makeSysModule() -> PyModule {
        let stdout = PyModule(name: "stdout")
        stdout["write"] = function("write") { interp, args in
            try args.expect("write", 1...1)
            let s = try interp.toStr(args[0])
            interp.output(s)
            return .int(s.unicodeScalars.count)
        }
        stdout["flush"] = function("flush") { _, _ in .none }
        let stderr = PyModule(name: "stderr")
        stderr["write"] = function("write") { interp, args in
            try args.expect("write", 1...1)
            let s = try interp.toStr(args[0])
            interp.errorOutput(s)
            return .int(s.unicodeScalars.count)
        }
        stderr["flush"] = function("flush") { _, _ in .none }
        return makeModule("sys", [
            "argv": .object(PyList(argv.map { .str($0) })),
            "version": .str("3.11.7 (nlpnb)"),
            "version_info": .object(PyTuple([.int(3), .int(11), .int(7), .str("final"), .int(0)])),
            "maxsize": .int(Int.max),
            "platform": .str("linux"),
            "stdout": .object(stdout),
            "stderr": .object(stderr),
            "path": .object(PyList(stdlibSearchPaths.map { .str($0) })),
            "modules": .object(PyDict()),
            "getrecursionlimit": function("getrecursionlimit") { interp, _ in .int(interp.recursionLimit) },
            "setrecursionlimit": function("setrecursionlimit") { interp, args in
                try args.expect("setrecursionlimit", 1...1)
                let n = try interp.toInt(args[0])
                if n < 1 { throw PyException(.valueError, "recursion limit must be greater or equal than 1") }
                interp.recursionLimit = min(n, 100_000)
                return .none
            },
            "exit": function("exit") { _, args in throw PyException(cls: .systemExit, args: args.positional) },
        ])
    }
}
