/// numpy's `FloatingFormat`: looks at every element that will be shown once, to pick
/// positional or scientific notation and the column widths, then formats each element
/// so that the columns line up.
struct FloatFormatter<T: BinaryFloatingPoint> {
    private var scientific = false
    private var unique = true
    private var precision: Int?
    private var minDigits: Int?
    private var trim = TrimMode.keepPoint
    private var padLeft = 0
    private var padRight = 0
    private var exponentDigits: Int?
    private let options: PrintOptions

    init(shown: [T], options: PrintOptions) {
        self.options = options
        // validate() rejects precisions outside this range; clamping only keeps the digit
        // arithmetic safe for callers that skipped it.
        precision = options.floatmode == .unique ? nil : min(max(options.precision, 0), PrintOptions.maximumPrecision)
        let finite = shown.filter { $0.isFinite }

        // Scientific notation for big values (past the type's decimal precision, at most
        // 1e8) or, unless suppressed, for tiny values or a wide range. The comparisons run
        // in T, as numpy's do (a Python float meets a float32 as float32).
        let magnitudes = finite.filter { $0 != 0 }.map { $0.magnitude }
        if let largest = magnitudes.max(), let smallest = magnitudes.min() {
            let decimalPrecision = Int(Double(T.significandBitCount) * 0.30102999566398119521)
            let bigCutoff = T(pow10(min(8, decimalPrecision)))
            scientific = largest >= bigCutoff
                || (!options.suppress && (smallest < T(0.0001 as Double) || largest / smallest > T(1000.0 as Double)))
        }

        let forceSign = options.sign == .plus
        if finite.isEmpty {
            trim = .keepPoint
        } else if scientific {
            let fixed = options.floatmode == .fixed
            unique = !fixed
            let first = FloatTextOptions(unique: unique, precision: precision,
                                         trim: fixed ? .keepZeros : .keepPoint, forceSign: forceSign)
            var longestFraction = 0, longestExponent = 0
            for x in finite {
                let text = scientificText(x, first)
                let (mantissa, exponent) = splitOnce(text, "e")
                let (whole, fraction) = splitOnce(mantissa, ".")
                padLeft = max(padLeft, whole.count)
                longestFraction = max(longestFraction, fraction.count)
                longestExponent = max(longestExponent, exponent.count)
            }
            // The exponent's sign is not a digit.
            exponentDigits = longestExponent - 1
            precision = longestFraction
            minDigits = longestFraction
            trim = .keepZeros
            padRight = longestExponent + 1 + longestFraction
        } else {
            let fixed = options.floatmode == .fixed
            unique = !fixed
            let first = FloatTextOptions(unique: unique, precision: precision,
                                         trim: fixed ? .keepZeros : .keepPoint, forceSign: forceSign)
            for x in finite {
                let (whole, fraction) = splitOnce(positionalText(x, first), ".")
                padLeft = max(padLeft, whole.count)
                padRight = max(padRight, fraction.count)
            }
            if options.floatmode == .fixed || options.floatmode == .maxprecEqual {
                precision = padRight
                minDigits = padRight
                trim = .keepZeros
            } else {
                trim = .keepPoint
                minDigits = 0
            }
        }

        // sign=' ' leaves a space for the sign when no shown value is negative.
        if options.sign == .space && !finite.contains(where: { $0.sign == .minus }) {
            padLeft += 1
        }
        // nan and inf must fit in the column too.
        if finite.count != shown.count {
            let negativeInfinity = options.sign != .minus || shown.contains { $0.isInfinite && $0 < 0 }
            let pointAndFraction = padRight + 1
            padLeft = max(padLeft,
                          pythonLength(options.nanstr) - pointAndFraction,
                          pythonLength(options.infstr) + (negativeInfinity ? 1 : 0) - pointAndFraction)
        }
    }

    func callAsFunction(_ x: T) -> String {
        guard x.isFinite else {
            let text: String
            if x.isNaN {
                text = (options.sign == .plus ? "+" : "") + options.nanstr
            } else {
                text = (x < 0 ? "-" : options.sign == .plus ? "+" : "") + options.infstr
            }
            return String(repeating: " ", count: max(padLeft + padRight + 1 - pythonLength(text), 0)) + text
        }
        let textOptions = FloatTextOptions(
            unique: unique, precision: precision, minDigits: minDigits, trim: trim,
            forceSign: options.sign == .plus, padLeft: padLeft,
            padRight: scientific ? nil : padRight, exponentDigits: exponentDigits)
        return scientific ? scientificText(x, textOptions) : positionalText(x, textOptions)
    }
}

/// numpy's `IntegerFormat`: every element right-aligned to the widest shown value.
struct IntegerFormatter {
    private let sign: SignMode
    private let width: Int

    init<T: BinaryInteger>(shown: [T], sign requested: SignMode) {
        guard let largest = shown.max(), let smallest = shown.min() else {
            sign = requested
            width = 0
            return
        }
        // A space is only reserved when no value is negative; otherwise '-' does the job.
        sign = requested == .space && smallest < 0 ? .minus : requested
        var largestWidth = String(largest).count
        if largest >= 0 && sign != .minus { largestWidth += 1 }
        width = max(largestWidth, String(smallest).count)
    }

    func callAsFunction<T: BinaryInteger>(_ x: T) -> String {
        let text = x >= 0 && sign != .minus ? sign.rawValue + String(x) : String(x)
        return String(repeating: " ", count: max(width - text.count, 0)) + text
    }
}

/// numpy's `BoolFormat`: ` True` lines up with `False`, except in a 0-d array.
struct BoolFormatter {
    let isZeroDimensional: Bool

    func callAsFunction(_ x: Bool) -> String {
        x ? (isZeroDimensional ? "True" : " True") : "False"
    }
}

/// Length as Python counts it (code points), for column arithmetic with user strings.
func pythonLength(_ text: String) -> Int { text.unicodeScalars.count }

private func splitOnce(_ text: String, _ separator: Character) -> (String, String) {
    guard let index = text.firstIndex(of: separator) else { return (text, "") }
    return (String(text[..<index]), String(text[text.index(after: index)...]))
}

private func pow10(_ exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { value, _ in value * 10 }
}
