// PyFormat: format(value, spec) for ints, floats and strings, as CPython 3.11 does it.
//
// An empty spec gives str(value). Otherwise the spec is parsed (PyFormatSpec) and:
// - ints accept b c d o x X n and no type (= d); e E f F g G % convert the int to float
//   (OverflowError when it is too large). No precision, no z. 'c' is the character with
//   that code point (no sign, no #). 'n' is 'd' (Python runs in the C locale).
// - floats accept e E f F g G n % and no type. No type means repr's digits when there is
//   no precision, else 'g' that always shows a fractional digit or an exponent. '%'
//   multiplies by 100 (in double arithmetic, as Python does) and formats as 'f' plus "%".
//   Precision defaults to 6; above 2^31-1 it is "precision too big".
// - strings accept s and no type; a precision truncates; no sign, z, # or '=' alignment.
// Any other type character is "Unknown format code". Digits come from exact decimal
// expansion (DecimalDigits), so rounding is correct half-even on the stored binary value.

import BigInt

public enum PyFormat {
    /// `format(value, spec)` for a Python int. `typeName` is used in messages ("bool" for bools).
    /// Note that `format(True, "")` is `str(True)`, which the caller must handle.
    public static func format(int value: BigInt, spec: String, typeName: String = "int") throws -> String {
        try formatInteger(IntegerValue(value), spec: spec, typeName: typeName)
    }

    /// `format(value, spec)` for a Python int that fits in 64 bits.
    public static func format(int value: Int, spec: String, typeName: String = "int") throws -> String {
        if spec.isEmpty { return String(value) }
        return try formatInteger(IntegerValue(value), spec: spec, typeName: typeName)
    }

    /// `format(value, spec)` for a Python float.
    public static func format(double value: Double, spec: String, typeName: String = "float") throws -> String {
        if spec.isEmpty { return PyFloatRepr.repr(value) }
        let parsed = try PyFormatSpec.parse(spec, typeName: typeName)
        switch parsed.type {
        case nil, "e", "E", "f", "F", "g", "G", "n", "%":
            return try formatFloat(value, parsed)
        case let other?:
            throw unknownCode(other, typeName: typeName)
        }
    }

    /// `format(value, spec)` for a Python str.
    public static func format(string value: String, spec: String, typeName: String = "str") throws -> String {
        if spec.isEmpty { return value }
        let parsed = try PyFormatSpec.parse(spec, typeName: typeName, defaultType: "s")
        if let type = parsed.type, type != "s" { throw unknownCode(type, typeName: typeName) }
        if parsed.sign == .space { throw PyFormatError.valueError("Space not allowed in string format specifier") }
        if parsed.sign != nil { throw PyFormatError.valueError("Sign not allowed in string format specifier") }
        if parsed.noNegativeZero {
            throw PyFormatError.valueError("Negative zero coercion (z) not allowed in string format specifier")
        }
        if parsed.alternate {
            throw PyFormatError.valueError("Alternate form (#) not allowed in string format specifier")
        }
        if parsed.align == .afterSign {
            throw PyFormatError.valueError("'=' alignment not allowed in string format specifier")
        }
        try checkFieldSize(parsed.width)
        var scalars = value.unicodeScalars[...]
        if let precision = parsed.precision, precision < scalars.count {
            scalars = scalars.prefix(precision)
        }
        return FieldLayout.text(scalars, ResolvedLayout(stringSpec: parsed))
    }

    // MARK: - ints

    /// What integer formatting needs from an Int or a BigInt.
    private struct IntegerValue {
        var isNegative: Bool
        var magnitudeDigits: (_ radix: Int, _ uppercase: Bool) -> String
        /// The value when it fits in a C long, for 'c'.
        var asInt: Int?
        /// The correctly rounded float, nil when too large.
        var asDouble: () -> Double?

        init(_ value: Int) {
            isNegative = value < 0
            magnitudeDigits = { String(value.magnitude, radix: $0, uppercase: $1) }
            asInt = value
            asDouble = { Double(value) }
        }

        init(_ value: BigInt) {
            isNegative = value.sign == .minus && !value.isZero
            magnitudeDigits = { String(value.magnitude, radix: $0, uppercase: $1) }
            asInt = Int(exactly: value)
            asDouble = { PyNumberConversion.double(value) }
        }
    }

    private static func formatInteger(_ value: IntegerValue, spec: String, typeName: String) throws -> String {
        let parsed = try PyFormatSpec.parse(spec, typeName: typeName)
        switch parsed.type {
        case nil, "b", "c", "d", "o", "x", "X", "n":
            break
        case "e", "E", "f", "F", "g", "G", "%":
            guard let double = value.asDouble() else {
                throw PyFormatError.overflowError("int too large to convert to float")
            }
            return try formatFloat(double, parsed)
        case let other?:
            throw unknownCode(other, typeName: typeName)
        }
        if parsed.precision != nil {
            throw PyFormatError.valueError("Precision not allowed in integer format specifier")
        }
        if parsed.noNegativeZero {
            throw PyFormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier")
        }
        try checkFieldSize(parsed.width)
        let layout = ResolvedLayout(numberSpec: parsed)

        if parsed.type == "c" {
            if parsed.sign != nil {
                throw PyFormatError.valueError("Sign not allowed with integer format specifier 'c'")
            }
            if parsed.alternate {
                throw PyFormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            guard let code = value.asInt else {
                throw PyFormatError.overflowError("Python int too large to convert to C long")
            }
            guard code >= 0, code <= 0x10FFFF else {
                throw PyFormatError.overflowError("%c arg not in range(0x110000)")
            }
            // A lone surrogate cannot live in a Swift string; U+FFFD stands in for it.
            let character = Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"
            return FieldLayout.number(NumberPieces(isNegative: false, digits: [], rest: [character]), layout)
        }

        let radix: Int, prefix: String
        switch parsed.type {
        case "b": (radix, prefix) = (2, "0b")
        case "o": (radix, prefix) = (8, "0o")
        case "x": (radix, prefix) = (16, "0x")
        case "X": (radix, prefix) = (16, "0X")
        default: (radix, prefix) = (10, "")
        }
        let digits = value.magnitudeDigits(radix, parsed.type == "X")
        let pieces = NumberPieces(isNegative: value.isNegative, prefix: parsed.alternate ? prefix : "",
                                  digits: Array(digits.unicodeScalars))
        return FieldLayout.number(pieces, layout)
    }

    // MARK: - floats

    private static func formatFloat(_ value: Double, _ spec: PyFormatSpec) throws -> String {
        if let precision = spec.precision, precision > Int(Int32.max) {
            throw PyFormatError.valueError("precision too big")
        }
        try checkFieldSize(spec.width)
        try checkFieldSize(spec.precision)
        var options = FloatText.Options()
        options.alternate = spec.alternate
        options.noNegativeZero = spec.noNegativeZero
        var number = value
        let style: FloatText.Style
        var precision = spec.precision ?? 6
        var percentSign = false
        switch spec.type {
        case nil:
            options.addDotZero = true
            style = spec.precision == nil ? .shortest : .general
            precision = spec.precision ?? 0
        case "e", "E": style = .exponent
        case "f", "F": style = .fixed
        case "%":
            style = .fixed
            number *= 100
            percentSign = true
        default: style = .general  // g, G, n
        }
        options.upperCase = spec.type == "E" || spec.type == "F" || spec.type == "G"
        var text = FloatText.render(number, style: style, precision: precision, options: options)
        if percentSign { text += "%" }
        return FieldLayout.number(NumberPieces(renderedFloat: text), ResolvedLayout(numberSpec: spec))
    }

    // MARK: - errors

    private static func unknownCode(_ code: Unicode.Scalar, typeName: String) -> PyFormatError {
        .valueError("Unknown format code \(PyFormatSpec.quotedTypeCode(code)) for object of type '\(typeName)'")
    }

    /// Python would try to build the string and run out of memory; we refuse up front
    /// rather than let a typo like '{:999999999999}' take the machine down.
    private static func checkFieldSize(_ size: Int?) throws {
        if let size, size > maximumFieldSize {
            throw PyFormatError(kind: "MemoryError", message: "")
        }
    }

    /// The largest width or precision accepted (256 MiB of text).
    static let maximumFieldSize = 1 << 28
}
