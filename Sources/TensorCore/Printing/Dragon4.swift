import Foundation

/// A finite binary float taken apart: |value| = mantissa * 2^exponent.
struct BinaryFloatParts {
    var mantissa: UInt64
    var exponent: Int
    /// Index of the mantissa's highest set bit.
    var highBit: Int
    /// True for powers of two (above the smallest normal), whose lower neighbour is only
    /// half as far away as the upper one.
    var unequalMargins: Bool
    var isNegative: Bool

    init<T: BinaryFloatingPoint>(_ value: T) {
        let fraction = UInt64(truncatingIfNeeded: value.significandBitPattern)
        let biasedExponent = Int(truncatingIfNeeded: value.exponentBitPattern)
        let fractionBits = T.significandBitCount
        let bias = (1 << (T.exponentBitCount - 1)) - 1
        isNegative = value.sign == .minus
        if biasedExponent != 0 {
            mantissa = (1 << UInt64(fractionBits)) | fraction
            exponent = biasedExponent - bias - fractionBits
            highBit = fractionBits
            unequalMargins = biasedExponent != 1 && fraction == 0
        } else {
            mantissa = fraction
            exponent = 1 - bias - fractionBits
            highBit = fraction == 0 ? 0 : 63 - fraction.leadingZeroBitCount
            unequalMargins = false
        }
    }
}

/// Decimal digits of a float and the power of ten of the first one:
/// digits [1, 2, 5] with exponent -1 mean 0.125.
struct DecimalDigits {
    var digits: [UInt8]
    var exponent: Int
}

/// How the digit generator decides where to stop.
struct DigitRequest {
    enum Cutoff { case fractionDigits, significantDigits }

    /// Shortest digits that read back as the same float (numpy's `unique=True`), or the
    /// exact binary value's digits (`unique=False`).
    var unique: Bool
    var cutoff: Cutoff
    /// Print no digit beyond this many (after the point, or in total); nil for no limit.
    var maxDigits: Int?
    /// In unique mode, keep printing the exact value's digits up to this many.
    var minDigits: Int?
}

/// Steele & White's free-format digit generation ("Dragon4") as numpy runs it, done in
/// exact integer arithmetic: value, scale and the two half-gaps to the neighbouring floats
/// are all big integers, so every digit and every rounding decision is exact. The last
/// digit is rounded from the exact remainder, ties to the even digit.
func dragon4Digits(_ parts: BinaryFloatParts, _ request: DigitRequest) -> DecimalDigits {
    if parts.mantissa == 0 { return DecimalDigits(digits: [0], exponent: 0) }

    // value / scale is the float; marginLow / scale and marginHigh / scale are the half-gaps
    // below and above it. Everything is doubled (quadrupled for unequal margins) so the
    // half-gaps are integers.
    let marginFactor = parts.unequalMargins ? 2 : 1
    var value = BigNatural(parts.mantissa)
    var scale: BigNatural
    var marginLow: BigNatural
    if parts.exponent > 0 {
        value.shiftLeft(by: parts.exponent + marginFactor)
        scale = BigNatural(UInt64(2 * marginFactor))
        marginLow = BigNatural.powerOfTwo(parts.exponent)
    } else {
        value.shiftLeft(by: marginFactor)
        scale = BigNatural.powerOfTwo(-parts.exponent + marginFactor)
        marginLow = BigNatural(1)
    }

    // Estimate the decimal exponent from the binary one; it is exact or one too small.
    let log10of2 = 0.30102999566398119521373889472449
    var digitExponent = Int((Double(parts.highBit + parts.exponent) * log10of2 - 0.69).rounded(.up))
    if let maxDigits = request.maxDigits, request.cutoff == .fractionDigits, digitExponent <= -maxDigits {
        // Tiny values: start at the last allowed position, which will round.
        digitExponent = -maxDigits + 1
    }
    if digitExponent > 0 {
        scale.multiplyByPowerOfTen(digitExponent)
    } else if digitExponent < 0 {
        value.multiplyByPowerOfTen(-digitExponent)
        marginLow.multiplyByPowerOfTen(-digitExponent)
    }
    if value >= scale {
        digitExponent += 1
    } else {
        value.multiply(by: 10)
        marginLow.multiply(by: 10)
    }
    let firstDigitExponent = digitExponent - 1

    // Positions (powers of ten) of the last digit allowed and of the last digit required.
    var lastAllowed = Int.min
    var lastRequired = digitExponent
    switch request.cutoff {
    case .fractionDigits:
        if let maxDigits = request.maxDigits { lastAllowed = -maxDigits }
        if let minDigits = request.minDigits { lastRequired = min(lastRequired, -minDigits) }
    case .significantDigits:
        if let maxDigits = request.maxDigits { lastAllowed = digitExponent - maxDigits }
        if let minDigits = request.minDigits { lastRequired = min(lastRequired, digitExponent - minDigits) }
    }

    var digits: [UInt8] = []
    var digit = 0
    var low = false, high = false
    // An even mantissa rounds-half-even back to itself, so its interval includes the ends.
    let includesEnds = parts.mantissa & 1 == 0
    while true {
        digitExponent -= 1
        digit = value.divideOutDigit(scale)
        if request.unique {
            var marginHigh = marginLow
            if parts.unequalMargins { marginHigh.shiftLeft(by: 1) }
            low = includesEnds ? value <= marginLow : value < marginLow
            let valueHigh = value + marginHigh
            high = includesEnds ? valueHigh >= scale : valueHigh > scale
            if ((low || high) && digitExponent <= lastRequired) || digitExponent == lastAllowed { break }
        } else if value.isZero || digitExponent == lastAllowed {
            break
        }
        digits.append(UInt8(digit))
        value.multiply(by: 10)
        marginLow.multiply(by: 10)
    }

    // Round the last digit: down if only the lower neighbour is close, up if only the upper
    // one is, else to nearest by comparing the remainder with half a unit.
    var roundDown = low
    if low == high {
        value.shiftLeft(by: 1)
        roundDown = value < scale || (value == scale && digit % 2 == 0)
    }
    var exponent = firstDigitExponent
    if roundDown {
        digits.append(UInt8(digit))
    } else if digit < 9 {
        digits.append(UInt8(digit + 1))
    } else {
        // Carry through trailing nines; all nines become a 1 one place higher.
        while let last = digits.last, last == 9 { digits.removeLast() }
        if digits.isEmpty {
            digits = [1]
            exponent += 1
        } else {
            digits[digits.count - 1] += 1
        }
    }
    return DecimalDigits(digits: digits, exponent: exponent)
}
