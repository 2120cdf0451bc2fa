/// What to do with trailing zeros and the decimal point (numpy's `trim` argument).
enum TrimMode {
    /// 'k': keep trailing zeros and the point: `1.500`, `1.`.
    case keepZeros
    /// '.': drop trailing zeros, keep the point: `1.5`, `1.`.
    case keepPoint
    /// '0': drop trailing zeros but keep one after the point: `1.5`, `1.0`.
    case keepOneZero
    /// '-': drop trailing zeros and a bare point: `1.5`, `1`.
    case dropPoint
}

/// The arguments of numpy's `format_float_positional` / `format_float_scientific`
/// (nil where numpy takes None or -1).
struct FloatTextOptions {
    var unique = true
    var precision: Int? = nil
    var minDigits: Int? = nil
    /// Positional only: do `precision`/`minDigits` count digits after the point (true) or
    /// significant digits (false)?
    var fractional = true
    var trim = TrimMode.keepZeros
    var forceSign = false
    /// Pad with spaces until this many characters are left of the point.
    var padLeft: Int? = nil
    /// Positional only: pad with spaces until this many characters are right of the point.
    var padRight: Int? = nil
    /// Scientific only: pad the exponent with zeros to this many digits (default 2).
    var exponentDigits: Int? = nil
}

/// A finite float in positional notation, `ddd.ddd`, as numpy's dragon4_positional writes it.
func positionalText<T: BinaryFloatingPoint>(_ x: T, _ options: FloatTextOptions) -> String {
    let parts = BinaryFloatParts(x)
    let decimal = dragon4Digits(parts, DigitRequest(
        unique: options.unique,
        cutoff: options.fractional ? .fractionDigits : .significantDigits,
        maxDigits: options.precision, minDigits: options.minDigits))
    let sign = signText(parts.isNegative, options.forceSign)

    var whole: String
    var fraction: String
    if decimal.exponent >= 0 {
        let wholeCount = decimal.exponent + 1
        let digits = decimal.digits.map { Character(String($0)) }
        if digits.count <= wholeCount {
            whole = String(digits) + String(repeating: "0", count: wholeCount - digits.count)
            fraction = ""
        } else {
            whole = String(digits[..<wholeCount])
            fraction = String(digits[wholeCount...])
        }
    } else {
        whole = "0"
        fraction = String(repeating: "0", count: -(decimal.exponent + 1)) + decimal.digits.map(String.init).joined()
    }

    // Requested trailing zeros: min_digits in unique mode, precision otherwise.
    let extraDigits = (options.unique ? options.minDigits : options.precision) ?? -1
    let wantedFraction = options.fractional ? max(extraDigits, 0) : extraDigits - whole.count
    var point = "."
    switch options.trim {
    case .keepZeros:
        if wantedFraction > fraction.count {
            fraction += String(repeating: "0", count: wantedFraction - fraction.count)
        }
    case .keepPoint, .keepOneZero, .dropPoint:
        while fraction.last == "0" { fraction.removeLast() }
        if fraction.isEmpty && options.trim == .keepOneZero { fraction = "0" }
        if fraction.isEmpty && options.trim == .dropPoint { point = "" }
    }

    var text = sign + whole + point + fraction
    if let padRight = options.padRight, padRight >= fraction.count {
        // A dropped point still takes its column when padding to the right.
        if point.isEmpty { text += " " }
        text += String(repeating: " ", count: padRight - fraction.count)
    }
    if let padLeft = options.padLeft, padLeft > whole.count + sign.count {
        text = String(repeating: " ", count: padLeft - whole.count - sign.count) + text
    }
    return text
}

/// A finite float in scientific notation, `d.ddde+xx`, as numpy's dragon4_scientific writes it.
func scientificText<T: BinaryFloatingPoint>(_ x: T, _ options: FloatTextOptions) -> String {
    let parts = BinaryFloatParts(x)
    // The digit before the point counts too.
    let decimal = dragon4Digits(parts, DigitRequest(
        unique: options.unique, cutoff: .significantDigits,
        maxDigits: options.precision.map { $0 + 1 }, minDigits: options.minDigits.map { $0 + 1 }))
    let sign = signText(parts.isNegative, options.forceSign)

    let first = String(decimal.digits[0])
    var fraction = decimal.digits.dropFirst().map(String.init).joined()
    let extraDigits = max((options.unique ? options.minDigits : options.precision) ?? 0, 0)
    // '-' mode leaves out the point only when there were no digits after it to trim.
    let point = fraction.isEmpty && options.trim == .dropPoint ? "" : "."
    switch options.trim {
    case .keepZeros:
        if extraDigits > fraction.count {
            fraction += String(repeating: "0", count: extraDigits - fraction.count)
        }
    case .keepPoint, .keepOneZero, .dropPoint:
        while fraction.last == "0" { fraction.removeLast() }
        if fraction.isEmpty && options.trim == .keepOneZero { fraction = "0" }
    }

    let exponentMagnitude = String(abs(decimal.exponent))
    let exponentWidth = min(max(options.exponentDigits ?? 2, 0), 5)
    let exponentText = (decimal.exponent >= 0 ? "e+" : "e-")
        + String(repeating: "0", count: max(exponentWidth - exponentMagnitude.count, 0)) + exponentMagnitude

    var text = sign + first + point + fraction + exponentText
    if let padLeft = options.padLeft, padLeft > 1 + sign.count {
        text = String(repeating: " ", count: padLeft - 1 - sign.count) + text
    }
    return text
}

private func signText(_ isNegative: Bool, _ forceSign: Bool) -> String {
    isNegative ? "-" : (forceSign ? "+" : "")
}
