// PyRound: Python's round() for floats and ints.
//
// round(x) gives the nearest int, ties to even (round(2.5) == 2); inf and nan cannot be
// converted. round(x, n) rounds the exact binary value of x to n decimal places (n may be
// negative), ties to even on that exact value, then reads the decimal result back as the
// nearest double: round(2.675, 2) == 2.67 because 2.675 is stored as 2.67499999...
// As in CPython: inf, nan and zeros come back unchanged; n > 323 returns x; n < -308
// returns a zero of x's sign; a result beyond the largest double is an OverflowError
// ("rounded value too large to represent"). For ints, round(n, d) with d < 0 rounds to a
// multiple of 10^-d, ties to even.

import BigInt

public enum PyRound {
    /// `round(d, ndigits)` for a float.
    public static func round(_ d: Double, ndigits: Int) throws -> Double {
        if !d.isFinite || d == 0 { return d }
        if ndigits > 323 { return d }
        if ndigits < -308 { return 0.0 * d }
        let rounded = DecimalDigits(exactly: d).rounded(fractionDigits: ndigits)
        let sign = d.sign == .minus ? "-" : ""
        if rounded.isZero { return sign == "-" ? -0.0 : 0.0 }
        let digits = String(decoding: rounded.digits.map { $0 + 48 }, as: UTF8.self)
        // 0.d1d2...dn × 10^p == d1d2...dn × 10^(p - n)
        let exponent = rounded.pointPosition - rounded.digits.count
        guard let result = Double("\(sign)\(digits)e\(exponent)"), result.isFinite else {
            throw PyFormatError.overflowError("rounded value too large to represent")
        }
        return result
    }

    /// `round(d)` for a float: the nearest int, ties to even.
    public static func round(_ d: Double) throws -> BigInt {
        try PyNumberConversion.integer(d.rounded(.toNearestOrEven))
    }

    /// `round(n, ndigits)` for an int.
    public static func round(_ n: BigInt, ndigits: Int) -> BigInt {
        if ndigits >= 0 || n.isZero { return n }
        // A power of ten longer than n rounds it to 0, whatever its exact size.
        if ndigits < -n.magnitude.bitWidth { return 0 }
        let unit = BigInt(10).power(-ndigits)
        let (quotient, remainder) = n.quotientAndRemainder(dividingBy: unit)  // truncates toward zero
        var magnitudeQuotient = quotient.magnitude
        let twiceRemainder = remainder.magnitude * 2
        if twiceRemainder > unit.magnitude || (twiceRemainder == unit.magnitude && magnitudeQuotient % 2 == 1) {
            magnitudeQuotient += 1
        }
        if magnitudeQuotient.isZero { return 0 }
        return BigInt(sign: n.sign, magnitude: magnitudeQuotient * unit.magnitude)
    }
}
