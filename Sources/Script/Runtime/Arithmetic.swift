import BigInt
import Foundation

/// Number arithmetic with Python semantics: ints never wrap (Int with overflow checks,
/// promoted to BigInt), `//` and `%` floor, `/` is true division, `**` with a negative
/// int exponent gives a float.
enum Number {
    case int(Int)
    case big(BigInt)
    case float(Double)

    init?(_ v: Value) {
        switch v {
        case .int(let i): self = .int(i)
        case .bool(let b): self = .int(b ? 1 : 0)
        case .bigInt(let b): self = .big(b.value)
        case .float(let d): self = .float(d)
        default: return nil
        }
    }

    var big: BigInt {
        switch self {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float(let d): return BigInt(d)
        }
    }

    func toDouble() throws -> Double {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .big(let b):
            let d = Double(b)
            if d.isInfinite { throw PyException(.overflowError, "int too large to convert to float") }
            return d
        }
    }
}

extension Interpreter {
    /// The largest int result (in bits) that `**` and `<<` will build: about 5 million
    /// decimal digits. Bigger results raise MemoryError instead of running for minutes.
    static let maxIntBits = 1 << 24

    private func resultTooLarge(bits: Int, exponent: Int) -> Bool {
        let (product, overflow) = bits.multipliedReportingOverflow(by: exponent)
        return overflow || product > Interpreter.maxIntBits
    }

    /// Arithmetic on two numbers, or nil when either operand is not a number.
    func numericBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        // Numbers have no `@`: nil lets the caller's TypeError name both operand types and
        // the operator as written (`@` or `@=`).
        guard op != .matmul, let x = Number(a), let y = Number(b) else { return nil }
        if case .float = x { return try floatBinary(op, try x.toDouble(), try y.toDouble()) }
        if case .float = y {
            switch op {
            case .lshift, .rshift, .and, .or, .xor: return nil
            default: return try floatBinary(op, try x.toDouble(), try y.toDouble())
            }
        }
        if case .int(let i) = x, case .int(let j) = y {
            return try intBinary(op, i, j)
        }
        return try bigBinary(op, x.big, y.big)
    }

    private func intBinary(_ op: BinaryOp, _ a: Int, _ b: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = a.addingReportingOverflow(b)
            return o ? .integer(BigInt(a) + BigInt(b)) : .int(r)
        case .sub:
            let (r, o) = a.subtractingReportingOverflow(b)
            return o ? .integer(BigInt(a) - BigInt(b)) : .int(r)
        case .mul:
            let (r, o) = a.multipliedReportingOverflow(by: b)
            return o ? .integer(BigInt(a) * BigInt(b)) : .int(r)
        case .div:
            if b == 0 { throw PyException(.zeroDivisionError, "division by zero") }
            if abs(a) < (1 << 53) && abs(b) < (1 << 53) { return .float(Double(a) / Double(b)) }
            return .float(bigTrueDivide(BigInt(a), BigInt(b)))
        case .floorDiv:
            if b == 0 { throw PyException(.zeroDivisionError, "integer division or modulo by zero") }
            if a == Int.min && b == -1 { return .integer(-BigInt(a)) }
            var q = a / b
            if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            if b == 0 { throw PyException(.zeroDivisionError, "integer modulo by zero") }
            if b == -1 { return .int(0) }
            var r = a % b
            if r != 0 && ((r < 0) != (b < 0)) { r += b }
            return .int(r)
        case .pow:
            if b < 0 {
                if a == 0 { throw PyException(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
                return .float(Foundation.pow(Double(a), Double(b)))
            }
            if b > 64, a != 0, a != 1, a != -1, resultTooLarge(bits: Int.bitWidth - a.magnitude.leadingZeroBitCount, exponent: b) {
                throw PyException(.memoryError, [])
            }
            var result = 1, base = a, e = b
            while e > 0 {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    if o { return .integer(BigInt(a).power(b)) }
                    result = r
                }
                e >>= 1
                if e > 0 {
                    let (sq, o) = base.multipliedReportingOverflow(by: base)
                    if o { return .integer(BigInt(a).power(b)) }
                    base = sq
                }
            }
            return .int(result)
        case .lshift:
            if b < 0 { throw PyException(.valueError, "negative shift count") }
            if a == 0 { return .int(0) }
            if b < 62 {
                let r = a << b
                if r >> b == a { return .int(r) }
            }
            if b > Interpreter.maxIntBits { throw PyException(.memoryError, []) }
            return .integer(BigInt(a) << b)
        case .rshift:
            if b < 0 { throw PyException(.valueError, "negative shift count") }
            return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
        case .and: return .int(a & b)
        case .or: return .int(a | b)
        case .xor: return .int(a ^ b)
        case .matmul: throw PyException(.typeError, "unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    private func bigBinary(_ op: BinaryOp, _ a: BigInt, _ b: BigInt) throws -> Value {
        switch op {
        case .add: return .integer(a + b)
        case .sub: return .integer(a - b)
        case .mul: return .integer(a * b)
        case .div:
            if b == 0 { throw PyException(.zeroDivisionError, "division by zero") }
            return .float(bigTrueDivide(a, b))
        case .floorDiv, .mod:
            if b == 0 { throw PyException(.zeroDivisionError, op == .mod ? "integer modulo by zero" : "integer division or modulo by zero") }
            var (q, r) = a.quotientAndRemainder(dividingBy: b)
            if r != 0 && ((r < 0) != (b < 0)) {
                q -= 1
                r += b
            }
            return .integer(op == .floorDiv ? q : r)
        case .pow:
            if b < 0 { return .float(Foundation.pow(try Number.big(a).toDouble(), try Number.big(b).toDouble())) }
            if a == 0 || a == 1 { return .integer(a) }
            if a == -1 { return .int(b.isMultiple(of: 2) ? 1 : -1) }
            guard let e = Int(exactly: b), e < 1 << 40 else { throw PyException(.memoryError, []) }
            if a.magnitude != 1 && a != 0 && resultTooLarge(bits: a.magnitude.bitWidth, exponent: e) {
                throw PyException(.memoryError, [])
            }
            return .integer(a.power(e))
        case .lshift:
            if b < 0 { throw PyException(.valueError, "negative shift count") }
            guard let s = Int(exactly: b), s <= Interpreter.maxIntBits else { throw PyException(.memoryError, []) }
            return .integer(a << s)
        case .rshift:
            if b < 0 { throw PyException(.valueError, "negative shift count") }
            guard let s = Int(exactly: b) else { return .int(a < 0 ? -1 : 0) }
            // Python shifts floor; BigInt's shift truncates negative values toward zero.
            if a < 0 { return .integer(-((-a - 1) >> s) - 1) }
            return .integer(a >> s)
        case .and: return .integer(a & b)
        case .or: return .integer(a | b)
        case .xor: return .integer(a ^ b)
        case .matmul: throw PyException(.typeError, "unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    /// int / int for big values: scale so the quotient keeps 64 significant bits.
    private func bigTrueDivide(_ a: BigInt, _ b: BigInt) -> Double {
        let shift = max(0, 64 - (a.magnitude.bitWidth - b.magnitude.bitWidth))
        let q = (a << shift) / b
        return Double(q) / Foundation.pow(2.0, Double(shift))
    }

    private func floatBinary(_ op: BinaryOp, _ a: Double, _ b: Double) throws -> Value {
        switch op {
        case .add: return .float(a + b)
        case .sub: return .float(a - b)
        case .mul: return .float(a * b)
        case .div:
            if b == 0 { throw PyException(.zeroDivisionError, "float division by zero") }
            return .float(a / b)
        case .floorDiv:
            if b == 0 { throw PyException(.zeroDivisionError, "float floor division by zero") }
            return .float(floatDivMod(a, b).0)
        case .mod:
            if b == 0 { throw PyException(.zeroDivisionError, "float modulo") }
            return .float(floatDivMod(a, b).1)
        case .pow:
            if a == 0 && b < 0 { throw PyException(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            if a < 0 && b != b.rounded() && b.isFinite {
                throw PyException(.valueError, "math domain error")
            }
            let r = Foundation.pow(a, b)
            if r.isInfinite && a.isFinite && b.isFinite { throw PyException(.overflowError, "(34, 'Numerical result out of range')") }
            return .float(r)
        default:
            let symbol = op.rawValue
            throw PyException(.typeError, "unsupported operand type(s) for \(symbol): 'float' and 'float'")
        }
    }

    /// Python's float divmod (CPython's float_divmod).
    func floatDivMod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1
            }
        } else {
            mod = copysign(0, wx)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = floor(div)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, vx / wx)
        }
        return (floorDiv, mod)
    }
}
