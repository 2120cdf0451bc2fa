// FieldLayout: how format() pads a rendered value to its width.
//
// A number field is laid out as
//   <left pad> <sign> <prefix> <sign pad> <grouped digits> <rest> <right pad>
// where only one of the three pads is non-empty, chosen by the alignment (< right pad,
// > left pad, ^ split with the extra on the right, = between sign and digits). The
// digits are the leading run of decimal digits; <rest> is everything after them
// (".5e+10", "inf", "%"). When the fill is '0' and the alignment '=', the zeros become
// part of the digits and are grouped with them, so format(1234, '09,') is '0,001,234'
// (and may come out wider than asked). A string field is just text with left/right pads.
// Widths count code points, as Python's len does.

/// The pieces of a formatted number before padding.
struct NumberPieces {
    var isNegative: Bool
    /// "0x", "0b", "0o" (upper-cased for 'X'), or empty.
    var prefix: String = ""
    /// The digits to group, most significant first (may be empty, e.g. for "inf").
    var digits: [Unicode.Scalar]
    /// What follows the digits: decimal point, fraction, exponent, '%', or a 'c' character.
    var rest: [Unicode.Scalar] = []

    /// Splits rendered float text such as "-1234.5e+10" into sign, digits and rest.
    init(renderedFloat text: String) {
        var scalars = Array(text.unicodeScalars)
        isNegative = scalars.first == "-"
        if isNegative { scalars.removeFirst() }
        let digitCount = scalars.prefix(while: { $0.value >= 48 && $0.value <= 57 }).count
        digits = Array(scalars[..<digitCount])
        rest = Array(scalars[digitCount...])
    }

    init(isNegative: Bool, prefix: String = "", digits: [Unicode.Scalar], rest: [Unicode.Scalar] = []) {
        self.isNegative = isNegative
        self.prefix = prefix
        self.digits = digits
        self.rest = rest
    }
}

/// A format spec with the value type's defaults filled in.
struct ResolvedLayout {
    var fill: Unicode.Scalar
    var align: PyFormatSpec.Align
    var sign: PyFormatSpec.Sign
    var width: Int
    var separator: Unicode.Scalar?
    var groupSize: Int

    /// Numbers align right by default; a `0` flag means '0' fill after the sign.
    init(numberSpec spec: PyFormatSpec) {
        fill = spec.fill ?? (spec.zeroPadding ? "0" : " ")
        align = spec.align ?? (spec.zeroPadding ? .afterSign : .right)
        sign = spec.sign ?? .negativeOnly
        width = spec.width ?? 0
        separator = spec.grouping?.rawValue
        groupSize = spec.groupSize
    }

    /// Strings align left by default; a `0` flag only changes the fill.
    init(stringSpec spec: PyFormatSpec) {
        fill = spec.fill ?? (spec.zeroPadding ? "0" : " ")
        align = spec.align ?? .left
        sign = .negativeOnly
        width = spec.width ?? 0
        separator = nil
        groupSize = 3
    }
}

enum FieldLayout {
    /// Pads a number's pieces to the layout's width.
    static func number(_ pieces: NumberPieces, _ layout: ResolvedLayout) -> String {
        var signText: [Unicode.Scalar] = []
        switch layout.sign {
        case .always: signText = [pieces.isNegative ? "-" : "+"]
        case .space: signText = [pieces.isNegative ? "-" : " "]
        case .negativeOnly: if pieces.isNegative { signText = ["-"] }
        }
        let prefix = Array(pieces.prefix.unicodeScalars)
        let nonDigitCount = signText.count + prefix.count + pieces.rest.count
        let zeroFillWidth = layout.fill == "0" && layout.align == .afterSign ? layout.width - nonDigitCount : 0
        let grouped = pieces.digits.isEmpty
            ? []
            : group(pieces.digits, separator: layout.separator, size: layout.groupSize, minimumWidth: zeroFillWidth)

        let padding = max(0, layout.width - nonDigitCount - grouped.count)
        var left = 0, middle = 0, right = 0
        switch layout.align {
        case .left: right = padding
        case .right: left = padding
        case .center:
            left = padding / 2
            right = padding - left
        case .afterSign: middle = padding
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: repeatElement(layout.fill, count: left))
        out.append(contentsOf: signText)
        out.append(contentsOf: prefix)
        out.append(contentsOf: repeatElement(layout.fill, count: middle))
        out.append(contentsOf: grouped)
        out.append(contentsOf: pieces.rest)
        out.append(contentsOf: repeatElement(layout.fill, count: right))
        return String(out)
    }

    /// Pads text to the layout's width (alignment '<', '>' or '^').
    static func text(_ scalars: some Collection<Unicode.Scalar>, _ layout: ResolvedLayout) -> String {
        let padding = max(0, layout.width - scalars.count)
        let left: Int
        switch layout.align {
        case .right: left = padding
        case .center: left = padding / 2
        case .left, .afterSign: left = 0
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: repeatElement(layout.fill, count: left))
        out.append(contentsOf: scalars)
        out.append(contentsOf: repeatElement(layout.fill, count: padding - left))
        return String(out)
    }

    /// Inserts separators every `size` digits from the right, first padding with zeros
    /// (also grouped) until the result is at least `minimumWidth` long. Without a separator
    /// it only zero-pads. Mirrors CPython's _PyUnicode_InsertThousandsGrouping.
    static func group(_ digits: [Unicode.Scalar], separator: Unicode.Scalar?, size: Int,
                      minimumWidth: Int) -> [Unicode.Scalar] {
        var minWidth = max(0, minimumWidth)
        guard let separator else {
            let zeros = max(0, minWidth - digits.count)
            return Array(repeating: "0", count: zeros) + digits
        }
        var reversedOut: [Unicode.Scalar] = []
        var remaining = digits.count
        var firstGroup = true
        while true {
            let length = min(size, max(remaining, minWidth, 1))
            let zeros = max(0, length - remaining)
            let taken = max(0, min(remaining, length))
            if !firstGroup { reversedOut.append(separator) }
            reversedOut.append(contentsOf: digits[(remaining - taken)..<remaining].reversed())
            reversedOut.append(contentsOf: repeatElement("0", count: zeros))
            firstGroup = false
            remaining -= taken
            minWidth -= length
            if remaining <= 0 && minWidth <= 0 { break }
            minWidth -= 1  // the separator's width
        }
        return reversedOut.reversed()
    }
}
