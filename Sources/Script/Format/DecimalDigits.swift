// DecimalDigits: the decimal digits of a double, exact or correctly rounded.
//
// Python prints floats from their exact binary value. A finite double is m * 2^e with an
// integer m < 2^53, so its decimal expansion is finite:
//   e >= 0:  m * 2^e is an integer;
//   e <  0:  m / 2^-e = (m * 5^-e) / 10^-e, an integer with the point moved -e places.
// BigUInt arithmetic gives those digits exactly (at most 767 significant ones, for the
// smallest subnormal). Rounding to n digits is then done on the digit string itself,
// half to even on the exact value, which is what CPython's dtoa does in modes 2 and 3
// (so 2.675 -> "2.67", because the stored value is 2.67499999...).
//
// The shortest round-trip digits used by repr come from Swift's `description`, which
// also produces the shortest digit string that reads back to the same double (and the
// closest one when several qualify); only its layout differs from Python's.

import BigInt

/// Decimal digits of a non-negative number: value = 0.d1 d2 d3 ... × 10^pointPosition.
/// `digits` holds values 0...9 with no leading or trailing zeros; it is empty for zero.
struct DecimalDigits: Equatable {
    var digits: [UInt8]
    var pointPosition: Int

    var isZero: Bool { digits.isEmpty }

    /// The exact decimal expansion of `|value|`. `value` must be finite.
    init(exactly value: Double) {
        let bits = value.bitPattern
        let biasedExponent = Int((bits >> 52) & 0x7ff)
        var mantissa = bits & ((1 << 52) - 1)
        var exponent: Int
        if biasedExponent == 0 {
            exponent = -1074
        } else {
            mantissa |= 1 << 52
            exponent = biasedExponent - 1075
        }
        guard mantissa != 0 else {
            self.init(digits: [], pointPosition: 0)
            return
        }
        // Fewer factors of two make the big multiplication below smaller.
        while mantissa & 1 == 0 && exponent < 0 {
            mantissa >>= 1
            exponent += 1
        }
        let integer: BigUInt
        let scale: Int  // value = integer × 10^scale
        if exponent >= 0 {
            integer = BigUInt(mantissa) << exponent
            scale = 0
        } else {
            integer = BigUInt(mantissa) * BigUInt(5).power(-exponent)
            scale = exponent
        }
        self.init(integerDigits: String(integer), scale: scale)
    }

    /// The shortest digits that read back as `|value|` (what `repr` shows). `value` must be finite.
    init(shortest value: Double) {
        // Swift's description is e.g. "1.2345e-05", "0.30000000000000004" or "100.0".
        let text = value.magnitude.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var raw: [UInt8] = []
        var pointAt: Int?
        for byte in mantissa.utf8 {
            if byte == UInt8(ascii: ".") {
                pointAt = raw.count
            } else {
                raw.append(byte &- UInt8(ascii: "0"))
            }
        }
        self.init(digits: raw, pointPosition: (pointAt ?? raw.count) + exponent)
        normalize()
    }

    init(digits: [UInt8], pointPosition: Int) {
        self.digits = digits
        self.pointPosition = pointPosition
    }

    /// Digits of `integer × 10^scale`, where `integerDigits` is a plain decimal string.
    private init(integerDigits: String, scale: Int) {
        let raw = integerDigits.utf8.map { $0 - UInt8(ascii: "0") }
        self.init(digits: raw, pointPosition: raw.count + scale)
        normalize()
    }

    /// Drops leading zeros (moving the point) and trailing zeros.
    private mutating func normalize() {
        let leading = digits.prefix(while: { $0 == 0 }).count
        if leading == digits.count {
            digits = []
            pointPosition = 0
            return
        }
        digits.removeFirst(leading)
        pointPosition -= leading
        while digits.last == 0 { digits.removeLast() }
    }

    /// Rounds half to even, keeping the first `kept` digits (a count that may be negative
    /// or exceed the digits held; digits are counted from the first significant one).
    func rounded(keeping kept: Int) -> DecimalDigits {
        if kept >= digits.count { return self }
        if kept < 0 { return DecimalDigits(digits: [], pointPosition: 0) }
        let firstDropped = digits[kept]
        let moreAfter = kept + 1 < digits.count
        let lastKeptIsOdd = kept > 0 && digits[kept - 1] % 2 == 1
        let roundUp = firstDropped > 5 || (firstDropped == 5 && (moreAfter || lastKeptIsOdd))
        var result = DecimalDigits(digits: Array(digits[..<kept]), pointPosition: pointPosition)
        if roundUp {
            var index = kept - 1
            while index >= 0 && result.digits[index] == 9 {
                result.digits[index] = 0
                index -= 1
            }
            if index >= 0 {
                result.digits[index] += 1
            } else {
                // 999 -> 1000: one more digit before the point.
                result.digits.insert(1, at: 0)
                result.pointPosition += 1
            }
        }
        result.normalize()
        if !result.isZero { return result }
        return DecimalDigits(digits: [], pointPosition: 0)
    }

    /// Rounded to `places` digits after the decimal point.
    func rounded(fractionDigits places: Int) -> DecimalDigits {
        rounded(keeping: pointPosition + places)
    }

    /// Rounded to `count` significant digits (count >= 1).
    func rounded(significantDigits count: Int) -> DecimalDigits {
        rounded(keeping: count)
    }

    /// The decimal digits of round(value × 10^places) as an integer (at least "0").
    func scaledIntegerDigits(fractionDigits places: Int) -> [UInt8] {
        let rounded = self.rounded(fractionDigits: places)
        if rounded.isZero { return [0] }
        let zeros = max(0, rounded.pointPosition + places - rounded.digits.count)
        return rounded.digits + [UInt8](repeating: 0, count: zeros)
    }
}
