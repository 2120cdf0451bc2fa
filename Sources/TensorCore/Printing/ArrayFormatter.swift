/// numpy's `str` and `repr` of arrays and of numpy scalars, byte for byte.
public enum ArrayFormatter {
    /// `str(a)`, what `print(a)` shows: `[[1. 2.]\n [3. 4.]]`.
    /// A 0-d array prints as its scalar, so `precision` does not apply to it.
    public static func str(shape: [Int], elements: ArrayElements, options: PrintOptions = .current) -> String {
        checkSize(shape, elements)
        if shape.isEmpty { return scalarStr(elements) }
        if elements.count == 0 { return "[]" }
        return layout(shape, elements, separator: " ", prefix: "", lineWidth: options.linewidth, options)
    }

    /// `repr(a)`, what a notebook shows for a bare expression: `array([1.5, 2. ], dtype=float32)`.
    public static func repr(shape: [Int], elements: ArrayElements, options: PrintOptions = .current) -> String {
        checkSize(shape, elements)
        // Any dtype other than the defaults int64, float64 and bool is named, and every
        // dtype of an empty array.
        let named: Bool
        switch elements {
        case .float32, .int32: named = true
        default: named = elements.count == 0
        }
        return arrayRepr(shape: shape, count: elements.count, dtype: named ? elements.dtypeName : nil, options) {
            layout(shape, elements, separator: ", ", prefix: $0, lineWidth: $1, options)
        }
    }

    /// `str(a)` of a string array: `['pos' 'neg']`, each element quoted by `quote` (Python's
    /// `repr` of a str); a 0-d array prints its string bare.
    public static func str(_ array: StringArray, quote: (String) -> String, options: PrintOptions = .current) throws -> String {
        let strings = try array.strings()
        if array.ndim == 0 { return strings[0] }
        if strings.isEmpty { return "[]" }
        return stringLayout(array.shape, strings, quote, separator: " ", prefix: "", lineWidth: options.linewidth, options)
    }

    /// `repr(a)` of a string array: `array(['pos', 'neg'], dtype='<U3')`.
    public static func repr(_ array: StringArray, quote: (String) -> String, options: PrintOptions = .current) throws -> String {
        let strings = try array.strings()
        return arrayRepr(shape: array.shape, count: strings.count, dtype: "'\(array.dtypeName)'", options) {
            stringLayout(array.shape, strings, quote, separator: ", ", prefix: $0, lineWidth: $1, options)
        }
    }

    /// numpy's `array_repr` around the laid-out elements: `array(` + body, then what the
    /// text alone would not tell (the shape of empty and summarised arrays, the dtype when
    /// `dtype` is given), on the same line when it fits.
    private static func arrayRepr(shape: [Int], count: Int, dtype: String?, _ options: PrintOptions,
                                  body: (_ prefix: String, _ lineWidth: Int) -> String) -> String {
        let prefix = "array("
        // The closing ')' has to fit on the last line too.
        let text = count == 0 ? "[]" : body(prefix, max(options.linewidth, Int.min + 1) - 1)
        var extras: [String] = []
        if (count == 0 && shape != [0]) || count > options.threshold {
            extras.append("shape=" + pythonShape(shape))
        }
        if let dtype { extras.append("dtype=" + dtype) }
        if extras.isEmpty { return prefix + text + ")" }

        let head = prefix + text + ","
        let tail = extras.joined(separator: ", ") + ")"
        let lastLine = head.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        let fits = pythonLength(String(lastLine)) + pythonLength(tail) < options.linewidth
        return head + (fits ? " " : "\n" + String(repeating: " ", count: prefix.count)) + tail
    }

    private static func stringLayout(_ shape: [Int], _ strings: [String], _ quote: (String) -> String, separator: String,
                                     prefix: String, lineWidth: Int, _ options: PrintOptions) -> String {
        let arrayLayout = ArrayLayout(shape: shape, separator: separator, edgeItems: options.edgeitems,
                                      summarise: strings.count > options.threshold)
        return arrayLayout.render(word: { quote(strings[$0]) }, lineWidth: lineWidth, prefix: prefix)
    }

    /// `str` of a numpy scalar: `0.1`, `1e-05`, `1.0`, `3`, `True`. Floats print their
    /// shortest round-trip digits (float32 ones for float32), positionally between 1e-4
    /// and 1e16 (1e6 for float32), in scientific notation outside.
    public static func scalarStr(_ element: ArrayElements) -> String {
        precondition(element.count == 1, "scalarStr takes exactly one element")
        switch element {
        case .bool(let values): return values[0] ? "True" : "False"
        case .int32(let values): return String(values[0])
        case .int64(let values): return String(values[0])
        case .float32(let values): return scalarFloatText(values[0], largestPositional: 1e6)
        case .float64(let values): return scalarFloatText(values[0], largestPositional: 1e16)
        }
    }

    /// `repr` of a numpy scalar: `np.float64(0.1)`, `np.float32(0.1)`, `np.int64(3)`, `np.True_`.
    public static func scalarRepr(_ element: ArrayElements) -> String {
        switch element {
        case .bool(let values):
            precondition(values.count == 1, "scalarRepr takes exactly one element")
            return values[0] ? "np.True_" : "np.False_"
        default:
            return "np.\(element.dtypeName)(\(scalarStr(element)))"
        }
    }

    private static func checkSize(_ shape: [Int], _ elements: ArrayElements) {
        precondition(shape.allSatisfy { $0 >= 0 } && shape.reduce(1, *) == elements.count,
                     "shape \(shape) does not match \(elements.count) elements")
    }

    private static func layout(_ shape: [Int], _ elements: ArrayElements, separator: String,
                               prefix: String, lineWidth: Int, _ options: PrintOptions) -> String {
        let summarise = elements.count > options.threshold
        let arrayLayout = ArrayLayout(shape: shape, separator: separator,
                                      edgeItems: options.edgeitems, summarise: summarise)
        // Column widths come from the elements that will be shown, as in numpy.
        let shown = summarise ? elements.picking(arrayLayout.shownPositions()) : elements
        let word: (Int) -> String
        switch (elements, shown) {
        case (.bool(let values), _):
            let format = BoolFormatter(isZeroDimensional: shape.isEmpty)
            word = { format(values[$0]) }
        case (.int32(let values), .int32(let shownValues)):
            let format = IntegerFormatter(shown: shownValues, sign: options.sign)
            word = { format(values[$0]) }
        case (.int64(let values), .int64(let shownValues)):
            let format = IntegerFormatter(shown: shownValues, sign: options.sign)
            word = { format(values[$0]) }
        case (.float32(let values), .float32(let shownValues)):
            let format = FloatFormatter(shown: shownValues, options: options)
            word = { format(values[$0]) }
        case (.float64(let values), .float64(let shownValues)):
            let format = FloatFormatter(shown: shownValues, options: options)
            word = { format(values[$0]) }
        default:
            preconditionFailure("picking keeps the element type")
        }
        return arrayLayout.render(word: word, lineWidth: lineWidth, prefix: prefix)
    }

    private static func scalarFloatText<T: BinaryFloatingPoint>(_ x: T, largestPositional: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        // numpy compares in long double, so float32's 0.0001 (just below 1e-4) is scientific.
        let magnitude = Double(x.magnitude)
        if x == 0 || (magnitude < largestPositional && magnitude >= 0.0001) {
            return positionalText(x, FloatTextOptions(fractional: false, trim: .keepOneZero))
        }
        return scientificText(x, FloatTextOptions(trim: .dropPoint))
    }
}
