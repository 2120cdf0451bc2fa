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
        let prefix = "array("
        let body = elements.count == 0
            ? "[]"
            // The closing ')' has to fit on the last line too.
            : layout(shape, elements, separator: ", ", prefix: prefix,
                     lineWidth: max(options.linewidth, Int.min + 1) - 1, options)

        // Say what the text alone would not tell: the shape of empty and summarised
        // arrays, and any dtype other than the defaults int64, float64 and bool.
        var extras: [String] = []
        if (elements.count == 0 && shape != [0]) || elements.count > options.threshold {
            extras.append("shape=" + pythonShape(shape))
        }
        switch elements {
        case .float32, .int32: extras.append("dtype=" + elements.dtypeName)
        default: if elements.count == 0 { extras.append("dtype=" + elements.dtypeName) }
        }
        if extras.isEmpty { return prefix + body + ")" }

        let head = prefix + body + ","
        let tail = extras.joined(separator: ", ") + ")"
        let lastLine = head.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        let fits = pythonLength(String(lastLine)) + pythonLength(tail) < options.linewidth
        return head + (fits ? " " : "\n" + String(repeating: " ", count: prefix.count)) + tail
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
