// PyNumberParsing: int(text, base) and float(text), as CPython 3.11 reads them.
//
// Both first map decimal digits of any script to ASCII and ignore surrounding
// whitespace (ASCII space, \t \n \v \f \r, and non-ASCII Unicode White_Space; unlike
// str.isspace, not U+001C..U+001F).
//
// int(text, base): base 0 or 2...36. An optional sign, then for base 0 a prefix 0x/0o/0b
// picks the base (none means 10, where a leading zero is only allowed if the value is 0);
// bases 16, 8 and 2 also accept their own prefix. One underscore may follow the prefix
// and single underscores may separate digits; none may lead or trail. Digits above 9 are
// letters of either case. Non-power-of-two bases refuse more than 4300 digits, Python's
// default int_max_str_digits. Errors: "invalid literal for int() with base B: 'text'"
// (the repr cut to 200 characters) and "int() base must be >= 2 and <= 36, or 0".
//
// float(text): [sign] then digits with an optional point (".5" and "5." are fine) and an
// optional exponent, or inf / infinity / nan in any case. Underscores only between
// digits. Values too large become inf, too small 0.0, as in Python. Error:
// "could not convert string to float: 'text'".

import BigInt

extension PyFormat {
    /// The int a Python `int(text, base)` call returns.
    public static func int(_ text: String, base: Int) throws -> BigInt {
        guard base == 0 || (2...36).contains(base) else {
            throw PyFormatError.valueError("int() base must be >= 2 and <= 36, or 0")
        }
        let invalid = PyFormatError.valueError(
            "invalid literal for int() with base \(base): \(String(PyStr.repr(text).prefix(200)))")
        var chars = normalizedASCII(text)[...]
        trimSpaces(&chars)

        var negative = false
        if chars.first == "+" || chars.first == "-" {
            negative = chars.first == "-"
            chars.removeFirst()
        }
        var radix = base
        var onlyZeroAllowed = false
        let second = chars.dropFirst().first.map { Character($0).lowercased() }
        if radix == 0 {
            if chars.first != "0" {
                radix = 10
            } else {
                switch second {
                case "x": radix = 16
                case "o": radix = 8
                case "b": radix = 2
                default:
                    radix = 10
                    onlyZeroAllowed = true  // "010" is an old-style octal literal, now invalid
                }
            }
        }
        if chars.first == "0",
           (radix == 16 && second == "x") || (radix == 8 && second == "o") || (radix == 2 && second == "b") {
            chars.removeFirst(2)
            if chars.first == "_" { chars.removeFirst() }
        }

        var digits: [UInt8] = []
        var previousWasUnderscore = true  // so a leading underscore is refused
        while let char = chars.first {
            if char == "_" {
                if previousWasUnderscore { throw invalid }
                previousWasUnderscore = true
            } else if let value = digitValue(char), value < radix {
                digits.append(value)
                previousWasUnderscore = false
            } else {
                break
            }
            chars.removeFirst()
        }
        if digits.isEmpty || previousWasUnderscore { throw invalid }
        if radix & (radix - 1) != 0 && digits.count > maxStrDigits {
            throw PyFormatError.valueError(
                "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        trimSpaces(&chars)
        if !chars.isEmpty { throw invalid }

        let magnitude = bigUInt(digits: digits, radix: radix)
        if onlyZeroAllowed && !magnitude.isZero { throw invalid }
        return BigInt(sign: negative && !magnitude.isZero ? .minus : .plus, magnitude: magnitude)
    }

    /// The float a Python `float(text)` call returns.
    public static func float(_ text: String) throws -> Double {
        let invalid = PyFormatError.valueError("could not convert string to float: \(PyStr.repr(text))")
        var chars = normalizedASCII(text)[...]
        trimSpaces(&chars)

        var sign = ""
        if chars.first == "+" || chars.first == "-" {
            if chars.first == "-" { sign = "-" }
            chars.removeFirst()
        }
        switch String(String.UnicodeScalarView(chars)).lowercased() {
        case "inf", "infinity": return sign == "-" ? -.infinity : .infinity
        case "nan": return sign == "-" ? -.nan : .nan  // Python keeps the sign bit
        default: break
        }

        // Grammar: digits [. digits] | . digits, then optionally e [sign] digits;
        // underscores only between two digits.
        var clean = sign
        func readDigits() throws -> Int {
            var count = 0
            while let char = chars.first {
                if char == "_" {
                    chars.removeFirst()
                    guard count > 0, let next = chars.first, isASCIIDigit(next) else { throw invalid }
                } else if isASCIIDigit(char) {
                    clean.append(Character(char))
                    chars.removeFirst()
                    count += 1
                } else {
                    break
                }
            }
            return count
        }
        var mantissaDigits = try readDigits()
        if chars.first == "." {
            chars.removeFirst()
            clean.append(".")
            mantissaDigits += try readDigits()
        }
        if mantissaDigits == 0 { throw invalid }
        if chars.first == "e" || chars.first == "E" {
            chars.removeFirst()
            clean.append("e")
            if chars.first == "+" || chars.first == "-" {
                clean.append(Character(chars.removeFirst()))
            }
            if try readDigits() == 0 { throw invalid }
        }
        guard chars.isEmpty, let value = Double(clean) else { throw invalid }
        return value
    }

    /// Python's default `sys.get_int_max_str_digits()`.
    static let maxStrDigits = 4300

    /// Whitespace that int() and float() ignore around a number.
    private static func isNumberSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? " \t\n\u{0B}\u{0C}\r".unicodeScalars.contains(scalar) : scalar.properties.isWhitespace
    }

    /// The text with decimal digits of any script turned into 0-9 and whitespace into a
    /// space; other non-ASCII code points stay and are refused by the grammars.
    private static func normalizedASCII(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { scalar in
            if isNumberSpace(scalar) { return " " }
            if !scalar.isASCII, let digit = PyStr.decimalValue(scalar) {
                return Unicode.Scalar(UInt8(ascii: "0") + UInt8(digit))
            }
            return scalar
        }
    }

    private static func trimSpaces(_ chars: inout ArraySlice<Unicode.Scalar>) {
        while chars.first == " " { chars.removeFirst() }
        while chars.last == " " { chars.removeLast() }
    }

    private static func isASCIIDigit(_ char: Unicode.Scalar) -> Bool {
        char.value >= 48 && char.value <= 57
    }

    /// 0-9, then a/A = 10 ... z/Z = 35.
    private static func digitValue(_ char: Unicode.Scalar) -> UInt8? {
        switch char {
        case "0"..."9": return UInt8(char.value - 48)
        case "a"..."z": return UInt8(char.value - 97 + 10)
        case "A"..."Z": return UInt8(char.value - 65 + 10)
        default: return nil
        }
    }

    /// The number the digit values spell in `radix`, most significant first.
    private static func bigUInt(digits: [UInt8], radix: Int) -> BigUInt {
        if radix & (radix - 1) == 0 {
            // Power-of-two bases: place the bits directly, linear in the length.
            let bitsPerDigit = radix.trailingZeroBitCount
            var words = [UInt](repeating: 0, count: (digits.count * bitsPerDigit + UInt.bitWidth - 1) / UInt.bitWidth)
            for (index, digit) in digits.reversed().enumerated() {
                let bit = index * bitsPerDigit
                words[bit / UInt.bitWidth] |= UInt(digit) << (bit % UInt.bitWidth)
                let spill = bit % UInt.bitWidth + bitsPerDigit - UInt.bitWidth
                if spill > 0 { words[bit / UInt.bitWidth + 1] |= UInt(digit) >> (bitsPerDigit - spill) }
            }
            return BigUInt(words: words)
        }
        // Other bases: 12 digits at a time fit in a word (36^12 < 2^64).
        var result = BigUInt(0)
        var index = 0
        while index < digits.count {
            let end = min(index + 12, digits.count)
            var chunk: UInt = 0, scale: UInt = 1
            for digit in digits[index..<end] {
                chunk = chunk * UInt(radix) + UInt(digit)
                scale *= UInt(radix)
            }
            result = result * BigUInt(scale) + BigUInt(chunk)
            index = end
        }
        return result
    }
}
