// PyStr: repr(str) and ascii(), as CPython 3.11 writes them.
//
// repr quotes with ' unless the text holds a ' and no ", then with ". Inside it escapes
// the chosen quote and the backslash, writes \t \n \r, writes other control characters
// (below U+0020, and U+007F) as \xhh, and keeps every other ASCII character. A non-ASCII
// code point stays as it is when printable; otherwise it becomes \xhh, \uhhhh or
// \Uhhhhhhhh (lower-case hex). Not printable means general category Cc, Cf, Cs, Co, Cn,
// Zl, Zp, or Zs other than the space. (Categories come from Swift's Unicode tables, which
// may be a version newer than Python 3.11's Unicode 14: code points assigned since then
// print as themselves here but escaped in Python.)
// ascii(x) is repr(x) with every non-ASCII code point escaped the same way.

public enum PyStr {
    /// `len(s)`: the code points, counted over the UTF-8 bytes (each byte that does not
    /// continue a sequence starts one), several times faster than walking unicodeScalars.
    public static func length(_ s: String) -> Int {
        var s = s
        return s.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// `repr(s)` for a Python str.
    public static func repr(_ s: String) -> String {
        var hasSingle = false, hasDouble = false
        for scalar in s.unicodeScalars {
            if scalar == "'" { hasSingle = true } else if scalar == "\"" { hasDouble = true }
        }
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case quote, "\\":
                out.append("\\")
                out.append(scalar)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out.append(contentsOf: escape(scalar).unicodeScalars)
                } else if scalar.value < 0x7F || isPrintable(scalar) {
                    out.append(scalar)
                } else {
                    out.append(contentsOf: escape(scalar).unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    /// `ascii(s)` for a Python str.
    public static func ascii(_ s: String) -> String {
        asciiEscaped(repr(s))
    }

    /// Escapes every non-ASCII code point of an already computed repr: `ascii(x)` for any
    /// object is `asciiEscaped(repr(x))`.
    public static func asciiEscaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.append(scalar)
            } else {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            }
        }
        return String(out)
    }

    /// `str.isprintable()` for one code point.
    public static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// The value of a decimal digit of any script (what str.isdecimal accepts), else nil.
    public static func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.value >= 48 && scalar.value <= 57 { return Int(scalar.value - 48) }
        guard scalar.value > 127, scalar.properties.numericType == .decimal,
              let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    /// \xhh, \uhhhh or \Uhhhhhhhh, the shortest form that holds the code point.
    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        let (marker, width) = scalar.value <= 0xFF ? ("x", 2) : scalar.value <= 0xFFFF ? ("u", 4) : ("U", 8)
        return "\\" + marker + String(repeating: "0", count: width - hex.count) + hex
    }
}
