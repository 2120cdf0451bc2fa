// PyNumberConversion: exact conversions between Python ints (BigInt) and floats.
//
// float(n) rounds the integer to the nearest double, ties to even, and is an
// OverflowError when that is beyond the largest double. (BigInt's own Double initializer
// does not round ties correctly, hence this file.) int(x) truncates toward zero and
// refuses infinities and NaN with CPython's messages.

import BigInt

public enum PyNumberConversion {
    /// `float(n)`: the nearest double (ties to even), or nil when it would overflow.
    public static func double(_ value: BigInt) -> Double? {
        let magnitude = value.magnitude
        let result: Double
        if magnitude.bitWidth <= 64 {
            result = Double(UInt64(magnitude))
        } else {
            // Keep the top 64 bits and fold every bit below them into the lowest one (a
            // "sticky" bit): rounding 64 bits to 53 then sees the same halfway cases as
            // rounding the whole number would.
            let shift = magnitude.bitWidth - 64
            var top = UInt64(magnitude >> shift)
            if magnitude.trailingZeroBitCount < shift { top |= 1 }
            guard shift < 2000 else { return nil }
            result = Double(sign: .plus, exponent: shift, significand: Double(top))
        }
        guard result.isFinite else { return nil }
        return value.sign == .minus ? -result : result
    }

    /// `int(x)` for a float: truncated toward zero.
    public static func integer(_ value: Double) throws -> BigInt {
        if value.isNaN { throw PyFormatError.valueError("cannot convert float NaN to integer") }
        if value.isInfinite { throw PyFormatError.overflowError("cannot convert float infinity to integer") }
        return integer(exactly: value.rounded(.towardZero))
    }

    /// The BigInt equal to a finite, integral double.
    static func integer(exactly integral: Double) -> BigInt {
        let magnitude = integral.magnitude
        if magnitude < 0x1p63 { return BigInt(Int64(integral)) }
        // magnitude = significand × 2^(exponent − 52) with a 53-bit integer significand.
        let significand = BigUInt(magnitude.significandBitPattern | (1 << 52))
        let shifted = significand << (Int(magnitude.exponent) - 52)
        return BigInt(sign: integral.sign == .minus ? .minus : .plus, magnitude: shifted)
    }
}
