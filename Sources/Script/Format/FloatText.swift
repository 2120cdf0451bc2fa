// FloatText: a double as text in one of Python's four float styles, before any padding.
//
// This is the job CPython's PyOS_double_to_string does for format(), %-formatting, repr
// and str:
//   'e'  precision p: p+1 significant digits, always an exponent ("1.500000e+00");
//   'f'  precision p: p digits after the point, never an exponent;
//   'g'  precision p (0 counts as 1): p significant digits, exponent when the decimal
//        exponent x (value = d.ddd × 10^x) is < -4 or >= p, trailing zeros removed;
//   'r'  shortest round-trip digits, exponent when x < -4 or x >= 16.
// Exponents have a sign and at least two digits ("1e-05", "1e+100").
// Flags: `alternate` ('#') keeps the point and, for 'g', the trailing zeros;
// `addDotZero` forces a fractional digit on numbers shown without exponent ("1.0"), and
// for 'g' moves the switch to exponent one digit earlier (format(123.0, '.3') is
// '1.23e+02'); `noNegativeZero` ('z') drops the minus of a result that rounds to zero.
// inf and nan print as "inf"/"nan" ("INF"/"NAN" for upper-case types), nan unsigned.

enum FloatText {
    enum Style: Equatable {
        case exponent, fixed, general, shortest
    }

    struct Options {
        var alternate = false
        var addDotZero = false
        var noNegativeZero = false
        var upperCase = false
    }

    /// The text of `value`, with a leading "-" when negative and no other sign.
    static func render(_ value: Double, style: Style, precision: Int, options: Options = Options()) -> String {
        if value.isNaN { return options.upperCase ? "NAN" : "nan" }
        let minus = value.sign == .minus ? "-" : ""
        if value.isInfinite { return minus + (options.upperCase ? "INF" : "inf") }

        let exact = style == .shortest ? DecimalDigits(shortest: value) : DecimalDigits(exactly: value)
        let body: String
        let isZeroResult: Bool
        switch style {
        case .fixed:
            let digits = exact.scaledIntegerDigits(fractionDigits: precision)
            isZeroResult = digits == [0]
            body = fixedLayout(digits, fractionDigits: precision, alternate: options.alternate)
        case .exponent:
            let rounded = zeroAsOneDigit(exact.rounded(significantDigits: precision + 1))
            isZeroResult = rounded.digits == [0]
            body = layout(rounded, useExponent: true, minimumDigits: precision + 1, options: options)
        case .general:
            let significant = max(precision, 1)
            let rounded = zeroAsOneDigit(exact.rounded(significantDigits: significant))
            isZeroResult = rounded.digits == [0]
            let limit = options.addDotZero ? significant - 1 : significant
            let useExponent = rounded.pointPosition <= -4 || rounded.pointPosition > limit
            body = layout(rounded, useExponent: useExponent,
                          minimumDigits: options.alternate ? significant : 0, options: options)
        case .shortest:
            let digits = zeroAsOneDigit(exact)
            isZeroResult = digits.digits == [0]
            let useExponent = digits.pointPosition <= -4 || digits.pointPosition > 16
            body = layout(digits, useExponent: useExponent, minimumDigits: 0, options: options)
        }
        if options.noNegativeZero && isZeroResult { return body }
        return minus + body
    }

    /// Python's digit generator reports zero as the digit "0" before a point at 1.
    private static func zeroAsOneDigit(_ digits: DecimalDigits) -> DecimalDigits {
        digits.isZero ? DecimalDigits(digits: [0], pointPosition: 1) : digits
    }

    /// An integer digit string read as having `fractionDigits` digits after the point.
    private static func fixedLayout(_ digits: [UInt8], fractionDigits: Int, alternate: Bool) -> String {
        var padded = digits
        if padded.count < fractionDigits + 1 {
            padded.insert(contentsOf: [UInt8](repeating: 0, count: fractionDigits + 1 - padded.count), at: 0)
        }
        let integerCount = padded.count - fractionDigits
        var text = String(decoding: padded[..<integerCount].map { $0 + 48 }, as: UTF8.self)
        if fractionDigits > 0 || alternate { text += "." }
        text += String(decoding: padded[integerCount...].map { $0 + 48 }, as: UTF8.self)
        return text
    }

    /// Lays significant digits out around the point, padding with zeros on either side so
    /// that at least `minimumDigits` digits show, and adds an exponent when asked.
    private static func layout(_ number: DecimalDigits, useExponent: Bool, minimumDigits: Int,
                               options: Options) -> String {
        var point = number.pointPosition
        var exponent = 0
        if useExponent {
            exponent = point - 1
            point = 1
        }
        // Digit positions shown: [first, end); the point goes before position `point`.
        let first = point <= 0 ? point - 1 : 0
        var end = max(number.digits.count, minimumDigits)
        end = max(end, (!useExponent && options.addDotZero) ? point + 1 : point)

        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - first + 8)
        for position in first..<end {
            if position == point { bytes.append(UInt8(ascii: ".")) }
            let digit = position >= 0 && position < number.digits.count ? number.digits[position] : 0
            bytes.append(digit + UInt8(ascii: "0"))
        }
        if end == point && options.alternate { bytes.append(UInt8(ascii: ".")) }
        if useExponent {
            bytes.append(UInt8(ascii: options.upperCase ? "E" : "e"))
            bytes.append(UInt8(ascii: exponent < 0 ? "-" : "+"))
            let magnitude = String(exponent.magnitude)
            if magnitude.count < 2 { bytes.append(UInt8(ascii: "0")) }
            bytes.append(contentsOf: magnitude.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
