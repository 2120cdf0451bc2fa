// PyFormatSpec: Python's format-specification mini-language, parsed.
//
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// - align is one of < > ^ =; a fill character (any single code point) may precede it.
// - sign is + (always), - (negatives only, the default) or space (space for positives).
// - z turns a negative zero result into a positive one (floats only).
// - # asks for the alternate form (0b/0o/0x prefixes, a kept decimal point).
// - 0 before the width means "fill with 0 after the sign" unless a fill was given; for
//   numbers it also makes '=' the default alignment.
// - grouping is , or _; both at once is an error. Only d e f g E G % F and the empty type
//   accept a separator, plus b o x X with _ (grouped by four there).
// - a precision needs at least one digit after the dot.
// - whatever remains must be a single type character.
// Parsing is the same for every value type; which types are allowed for ints, floats and
// strings is checked by PyFormat. Error messages are CPython 3.11's.

/// A parsed format specification, before the value's type supplies defaults.
public struct PyFormatSpec: Equatable {
    public enum Align: Unicode.Scalar {
        case left = "<", right = ">", center = "^", afterSign = "="
    }

    public enum Sign: Unicode.Scalar {
        case always = "+", negativeOnly = "-", space = " "
    }

    public enum Grouping: Unicode.Scalar {
        case comma = ",", underscore = "_"
    }

    /// The fill character, when one was written before an alignment.
    public var fill: Unicode.Scalar?
    /// The alignment, when one was written.
    public var align: Align?
    public var sign: Sign?
    /// The `z` flag: show a negative zero result as positive.
    public var noNegativeZero = false
    /// The `#` flag.
    public var alternate = false
    /// A `0` written before the width (with no explicit fill).
    public var zeroPadding = false
    public var width: Int?
    public var grouping: Grouping?
    public var precision: Int?
    /// The presentation type character, when one was written.
    public var type: Unicode.Scalar?

    public init() {}

    /// Parses `spec`. `typeName` is the value's Python type name, for messages; `defaultType`
    /// is the type an omitted type character stands for when checking grouping (strings
    /// pass "s", so that format('x', ',') is "Cannot specify ',' with 's'.").
    public static func parse(_ spec: String, typeName: String,
                             defaultType: Unicode.Scalar? = nil) throws -> PyFormatSpec {
        let chars = Array(spec.unicodeScalars)
        var result = PyFormatSpec()
        var pos = 0

        func isAlign(_ index: Int) -> Bool {
            index < chars.count && Align(rawValue: chars[index]) != nil
        }

        if chars.count >= 2 && isAlign(1) {
            result.fill = chars[0]
            result.align = Align(rawValue: chars[1])
            pos = 2
        } else if isAlign(0) {
            result.align = Align(rawValue: chars[0])
            pos = 1
        }
        if pos < chars.count, let sign = Sign(rawValue: chars[pos]) {
            result.sign = sign
            pos += 1
        }
        if pos < chars.count && chars[pos] == "z" {
            result.noNegativeZero = true
            pos += 1
        }
        if pos < chars.count && chars[pos] == "#" {
            result.alternate = true
            pos += 1
        }
        if result.fill == nil && pos < chars.count && chars[pos] == "0" {
            result.zeroPadding = true
            pos += 1
        }
        result.width = try readInteger(chars, &pos)

        if pos < chars.count && chars[pos] == "," {
            result.grouping = .comma
            pos += 1
        }
        if pos < chars.count && chars[pos] == "_" {
            if result.grouping != nil { throw PyFormatError.valueError("Cannot specify both ',' and '_'.") }
            result.grouping = .underscore
            pos += 1
        }
        if pos < chars.count && chars[pos] == "," && result.grouping == .underscore {
            throw PyFormatError.valueError("Cannot specify both ',' and '_'.")
        }

        if pos < chars.count && chars[pos] == "." {
            pos += 1
            guard let precision = try readInteger(chars, &pos) else {
                throw PyFormatError.valueError("Format specifier missing precision")
            }
            result.precision = precision
        }

        if chars.count - pos > 1 {
            throw PyFormatError.valueError("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if pos < chars.count { result.type = chars[pos] }

        if let grouping = result.grouping {
            try checkGroupingAllowed(grouping, type: result.type ?? defaultType)
        }
        return result
    }

    /// Digits are grouped by four in binary, octal and hex, by three elsewhere.
    var groupSize: Int {
        switch type {
        case "b", "o", "x", "X": return 4
        default: return 3
        }
    }

    /// Reads a run of decimal digits (any script's, as Python does); nil when there is none.
    private static func readInteger(_ chars: [Unicode.Scalar], _ pos: inout Int) throws -> Int? {
        var value: Int?
        while pos < chars.count, let digit = PyStr.decimalValue(chars[pos]) {
            let (times10, overflow1) = (value ?? 0).multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            if overflow1 || overflow2 {
                throw PyFormatError.valueError("Too many decimal digits in format string")
            }
            value = sum
            pos += 1
        }
        return value
    }

    private static func checkGroupingAllowed(_ grouping: Grouping, type: Unicode.Scalar?) throws {
        guard let type else { return }
        switch type {
        case "d", "e", "f", "g", "E", "G", "%", "F":
            return
        case "b", "o", "x", "X":
            if grouping == .underscore { return }  // PEP 515: '_' every four digits
            throw PyFormatError.valueError("Cannot specify ',' with \(quotedTypeCode(type)).")
        default:
            throw PyFormatError.valueError("Cannot specify '\(grouping.rawValue)' with \(quotedTypeCode(type)).")
        }
    }

    /// A type character as CPython quotes it in messages: 'x', or '\xe9' outside printable ASCII.
    static func quotedTypeCode(_ code: Unicode.Scalar) -> String {
        if code.value > 32 && code.value < 128 { return "'\(code)'" }
        return "'\\x\(String(code.value, radix: 16))'"
    }
}
