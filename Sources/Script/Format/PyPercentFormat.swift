// PyPercentFormat: printf-style `template % args`, as CPython 3.11's str.__mod__ does it.
//
// A conversion is  % [(key)] [flags] [width] [.precision] [h|l|L] type
//   key        looks the argument up in the mapping operand ("format requires a mapping"
//              when the operand is not one);
//   flags      '-' left-justify, '+' always sign, ' ' space for positives, '#' alternate
//              form, '0' zero fill (numbers only; ignored when left-justified);
//   width      digits or '*' (taken from the arguments; negative means left-justify);
//   precision  digits or '*' (negative counts as 0): digits after the point for floats,
//              minimum digit count for ints, maximum length for s/r/a;
//   type       s r a (str, repr, ascii), d i u (int; floats truncate), o x X (needs a true
//              integer; '#' adds 0o/0x/0X), e E f F g G (float, precision 6 by default),
//              c (an int code point or a one-character string), and %% for a literal %.
// The argument for each conversion is taken before its type is checked, so a bad type
// with no argument left reports "not enough arguments for format string". A tuple
// operand supplies one argument per conversion; any other operand is one argument; left
// over tuple items are "not all arguments converted during string formatting" (never
// reported for a mapping operand).
//
// The evaluator plugs its own value type in through PercentConversions; nothing here
// depends on it.

import BigInt

/// What %-formatting needs to know about one argument's value.
public enum PercentOperand {
    /// An int (bools and numpy integers included): usable by every numeric conversion.
    case int(BigInt)
    /// A float (numpy floats included): usable by d i u (truncated) and e f g.
    case float(Double)
    /// A str: usable by %c when it is one character long.
    case string(String)
    /// Anything else: only s, r and a accept it.
    case other
}

/// The right-hand operand of `template % operand`.
public enum PercentArguments<Value> {
    /// A tuple: one item per conversion.
    case tuple([Value])
    /// Any other value, used as the single argument. `lookup` is `value[key]` when the value
    /// supports subscripting (Python counts dicts and other mappings, and also lists, whose
    /// lookup then fails with its own TypeError); nil when it does not.
    case single(Value, lookup: ((String) throws -> Value)?)
}

/// How to see the evaluator's values: their numeric nature, type name, str and repr.
public struct PercentConversions<Value> {
    public var operand: (Value) -> PercentOperand
    /// The Python type name for messages ("str", "float", "numpy.float64").
    public var typeName: (Value) -> String
    public var str: (Value) throws -> String
    public var repr: (Value) throws -> String

    public init(operand: @escaping (Value) -> PercentOperand, typeName: @escaping (Value) -> String,
                str: @escaping (Value) throws -> String, repr: @escaping (Value) throws -> String) {
        self.operand = operand
        self.typeName = typeName
        self.str = str
        self.repr = repr
    }
}

public enum PyPercentFormat {
    /// `template % arguments`.
    public static func format<Value>(_ template: String, _ arguments: PercentArguments<Value>,
                                     _ conversions: PercentConversions<Value>) throws -> String {
        var formatter = Formatter(template: Array(template.unicodeScalars), arguments: arguments,
                                  conversions: conversions)
        return try formatter.run()
    }

    /// One parsed conversion.
    fileprivate struct Conversion {
        var leftJustify = false, alwaysSign = false, spaceSign = false, alternate = false, zeroFill = false
        var width = -1
        var precision = -1
        var type: Unicode.Scalar = "s"
    }

    fileprivate struct Formatter<Value> {
        let template: [Unicode.Scalar]
        let conversions: PercentConversions<Value>
        let mappingLookup: ((String) throws -> Value)?
        /// The arguments still to be consumed, and how many were there.
        var pending: [Value]
        var consumed = 0
        var position = 0
        var output = String.UnicodeScalarView()

        init(template: [Unicode.Scalar], arguments: PercentArguments<Value>, conversions: PercentConversions<Value>) {
            self.template = template
            self.conversions = conversions
            switch arguments {
            case .tuple(let items):
                pending = items
                mappingLookup = nil
            case .single(let value, let lookup):
                pending = [value]
                mappingLookup = lookup
            }
        }

        mutating func run() throws -> String {
            while position < template.count {
                let char = template[position]
                position += 1
                if char != "%" {
                    output.append(char)
                    continue
                }
                if position < template.count && template[position] == "%" {
                    output.append("%")
                    position += 1
                    continue
                }
                try convertOne()
            }
            if consumed < pending.count && mappingLookup == nil {
                throw PyFormatError.typeError("not all arguments converted during string formatting")
            }
            return String(output)
        }

        private mutating func nextArgument() throws -> Value {
            guard consumed < pending.count else {
                throw PyFormatError.typeError("not enough arguments for format string")
            }
            consumed += 1
            return pending[consumed - 1]
        }

        private mutating func nextChar() throws -> Unicode.Scalar {
            guard position < template.count else { throw PyFormatError.valueError("incomplete format") }
            position += 1
            return template[position - 1]
        }

        /// Parses and writes one conversion; `position` is just past its '%'.
        private mutating func convertOne() throws {
            if position < template.count && template[position] == "(" {
                try selectMappingValue()
            }
            var spec = Conversion()
            var char = try nextChar()
            flags: while true {
                switch char {
                case "-": spec.leftJustify = true
                case "+": spec.alwaysSign = true
                case " ": spec.spaceSign = true
                case "#": spec.alternate = true
                case "0": spec.zeroFill = true
                default: break flags
                }
                char = try nextChar()
            }
            if char == "*" {
                let width = try starArgument()
                if width < 0 { spec.leftJustify = true }
                spec.width = Int(clamping: width.magnitude)
                char = try nextChar()
            } else if let digits = try readNumber(&char, tooBig: "width too big") {
                spec.width = digits
            }
            if char == "." {
                char = try nextChar()
                if char == "*" {
                    spec.precision = max(0, try starArgument())
                    char = try nextChar()
                } else {
                    spec.precision = try readNumber(&char, tooBig: "precision too big") ?? 0
                }
            }
            while char == "h" || char == "l" || char == "L" { char = try nextChar() }
            spec.type = char
            let typeIndex = position - 1

            let argument = try nextArgument()
            try write(argument, spec, typeIndex: typeIndex)
        }

        /// `%(key)`: the mapping's value for key becomes the only pending argument.
        private mutating func selectMappingValue() throws {
            guard let lookup = mappingLookup else { throw PyFormatError.typeError("format requires a mapping") }
            position += 1  // past "("
            let keyStart = position
            var depth = 1
            while depth > 0 && position < template.count {
                if template[position] == ")" { depth -= 1 } else if template[position] == "(" { depth += 1 }
                position += 1
            }
            guard depth == 0 else { throw PyFormatError.valueError("incomplete format key") }
            var key = String.UnicodeScalarView()
            key.append(contentsOf: template[keyStart..<(position - 1)])
            pending = [try lookup(String(key))]
            consumed = 0
        }

        private mutating func starArgument() throws -> Int {
            guard case .int(let value) = conversions.operand(try nextArgument()) else {
                throw PyFormatError.typeError("* wants int")
            }
            guard let width = Int(exactly: value) else {
                throw PyFormatError.overflowError("Python int too large to convert to C ssize_t")
            }
            return width
        }

        /// Reads decimal digits starting with `char`; leaves `char` at the first non-digit.
        private mutating func readNumber(_ char: inout Unicode.Scalar, tooBig: String) throws -> Int? {
            var value: Int?
            while char.value >= 48 && char.value <= 57 {
                let (times10, overflow1) = (value ?? 0).multipliedReportingOverflow(by: 10)
                let (next, overflow2) = times10.addingReportingOverflow(Int(char.value - 48))
                if overflow1 || overflow2 { throw PyFormatError.valueError(tooBig) }
                value = next
                char = try nextChar()
            }
            return value
        }

        // MARK: - one argument

        private mutating func write(_ argument: Value, _ spec: Conversion, typeIndex: Int) throws {
            if spec.width > PyFormat.maximumFieldSize || spec.precision > PyFormat.maximumFieldSize {
                // Python would try to build the text and run out of memory.
                throw PyFormatError(kind: "MemoryError", message: "")
            }
            var text: String
            var isNumber = false
            switch spec.type {
            case "s", "r", "a":
                switch spec.type {
                case "s": text = try conversions.str(argument)
                case "r": text = try conversions.repr(argument)
                default: text = PyStr.asciiEscaped(try conversions.repr(argument))
                }
                if spec.precision >= 0 {
                    text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(spec.precision)))
                }
            case "d", "i", "u", "o", "x", "X":
                text = try integerText(argument, spec)
                isNumber = true
            case "e", "E", "f", "F", "g", "G":
                text = try floatText(argument, spec)
                isNumber = true
            case "c":
                text = String(try character(argument))
            default:
                let shown = spec.type.value >= 31 && spec.type.value <= 126 ? Character(spec.type) : "?"
                throw PyFormatError.valueError(
                    "unsupported format character '\(shown)' (0x\(String(spec.type.value, radix: 16))) at index \(typeIndex)")
            }
            pad(text, spec, isNumber: isNumber)
        }

        private func integerText(_ argument: Value, _ spec: Conversion) throws -> String {
            let needsTrueInteger = spec.type == "o" || spec.type == "x" || spec.type == "X"
            let value: BigInt
            switch conversions.operand(argument) {
            case .int(let int): value = int
            case .float(let double) where !needsTrueInteger: value = try PyNumberConversion.integer(double)
            default:
                let requirement = needsTrueInteger ? "an integer" : "a real number"
                throw PyFormatError.typeError(
                    "%\(spec.type) format: \(requirement) is required, not \(conversions.typeName(argument))")
            }
            let radix = spec.type == "o" ? 8 : spec.type == "x" || spec.type == "X" ? 16 : 10
            var digits = String(value.magnitude, radix: radix, uppercase: spec.type == "X")
            if spec.precision > digits.count {
                digits = String(repeating: "0", count: spec.precision - digits.count) + digits
            }
            var prefix = ""
            if spec.alternate && radix != 10 { prefix = "0" + String(spec.type) }
            return (value.sign == .minus && !value.isZero ? "-" : "") + prefix + digits
        }

        private func floatText(_ argument: Value, _ spec: Conversion) throws -> String {
            let value: Double
            switch conversions.operand(argument) {
            case .float(let double): value = double
            case .int(let int):
                guard let double = PyNumberConversion.double(int) else {
                    throw PyFormatError.overflowError("int too large to convert to float")
                }
                value = double
            default:
                throw PyFormatError.typeError("must be real number, not \(conversions.typeName(argument))")
            }
            var options = FloatText.Options()
            options.alternate = spec.alternate
            options.upperCase = spec.type == "E" || spec.type == "F" || spec.type == "G"
            let style: FloatText.Style
            switch spec.type {
            case "e", "E": style = .exponent
            case "f", "F": style = .fixed
            default: style = .general
            }
            return FloatText.render(value, style: style, precision: spec.precision < 0 ? 6 : spec.precision,
                                    options: options)
        }

        private func character(_ argument: Value) throws -> Unicode.Scalar {
            switch conversions.operand(argument) {
            case .string(let text):
                let scalars = text.unicodeScalars
                if scalars.count == 1, let only = scalars.first { return only }
            case .int(let code):
                guard let value = Int(exactly: code), value >= 0, value <= 0x10FFFF else {
                    throw PyFormatError.overflowError("%c arg not in range(0x110000)")
                }
                // A lone surrogate cannot live in a Swift string; U+FFFD stands in for it.
                return Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"
            default:
                break
            }
            throw PyFormatError.typeError("%c requires int or char")
        }

        /// Writes text padded to the width. Numbers put their sign (and a 0o/0x prefix) before
        /// zero fill; space padding goes before the sign.
        private mutating func pad(_ text: String, _ spec: Conversion, isNumber: Bool) {
            var body = Array(text.unicodeScalars)
            var head: [Unicode.Scalar] = []
            if isNumber {
                if let first = body.first, first == "-" || first == "+" {
                    head.append(body.removeFirst())
                } else if spec.alwaysSign {
                    head.append("+")
                } else if spec.spaceSign {
                    head.append(" ")
                }
                if spec.alternate, ["o", "x", "X"].contains(spec.type), body.count >= 2, body[0] == "0" {
                    head.append(contentsOf: body[0..<2])
                    body.removeFirst(2)
                }
            }
            let zeroFill = isNumber && spec.zeroFill && !spec.leftJustify
            let padding = max(0, spec.width - head.count - body.count)
            if spec.leftJustify {
                output.append(contentsOf: head)
                output.append(contentsOf: body)
                output.append(contentsOf: repeatElement(" ", count: padding))
            } else if zeroFill {
                output.append(contentsOf: head)
                output.append(contentsOf: repeatElement("0", count: padding))
                output.append(contentsOf: body)
            } else {
                output.append(contentsOf: repeatElement(" ", count: padding))
                output.append(contentsOf: head)
                output.append(contentsOf: body)
            }
        }
    }
}
