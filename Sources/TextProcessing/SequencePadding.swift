import Foundation

/// Where `padSequences` pads or truncates: Keras's "pre" (the start) or "post" (the end).
public enum SequenceSide: String {
    case pre, post
}

/// The numpy dtypes `pad_sequences` is used with; values are converted the way numpy's
/// `astype` does (floats truncate toward zero for integer types, float32 rounds).
public enum PaddingDType: String {
    case int32, int64, float32, float64

    func convert(_ value: Double) throws -> Double {
        switch self {
        case .float64: return value
        case .float32: return Double(Float(value))
        case .int32, .int64:
            guard value.isFinite else { throw SequenceError.cannotConvert(value, self) }
            let t = value.rounded(.towardZero)
            let limit = self == .int32 ? 2147483648.0 : 9223372036854775808.0
            guard t >= -limit && t < limit else { throw SequenceError.cannotConvert(value, self) }
            return t
        }
    }
}

/// Errors worded as Keras and numpy word them.
public enum SequenceError: Error, CustomStringConvertible {
    case emptyBatchNeedsMaxlen
    case negativeMaxlen(Int)
    case cannotConvert(Double, PaddingDType)
    case labelOutOfRange(Int, Int)
    case negativeClasses(Int)
    case cannotBroadcast(Int)

    public var description: String {
        switch self {
        case .emptyBatchNeedsMaxlen: return "ValueError: zero-size array to reduction operation maximum which has no identity"
        case .negativeMaxlen: return "ValueError: negative dimensions are not allowed"
        case .cannotConvert(let v, let d): return "OverflowError: cannot convert \(v) to \(d.rawValue)"
        case .labelOutOfRange(let label, let n): return "IndexError: index \(label) is out of bounds for axis 1 with size \(n)"
        case .negativeClasses: return "ValueError: negative dimensions are not allowed"
        case .cannotBroadcast(let n): return "ValueError: could not broadcast input array from shape (\(n),) into shape (0,)"
        }
    }
}

/// `keras.utils.pad_sequences`: every sequence cut to `maxlen` (default: the longest) and
/// padded with `value`, a rectangular batch. Rows are returned as Doubles already converted
/// to `dtype`, for the bindings to wrap as a tensor of that dtype.
public func padSequences(_ sequences: [[Double]], maxlen: Int? = nil, dtype: PaddingDType = .int32,
                         padding: SequenceSide = .pre, truncating: SequenceSide = .pre,
                         value: Double = 0) throws -> [[Double]] {
    let width: Int
    if let m = maxlen {
        guard m >= 0 else { throw SequenceError.negativeMaxlen(m) }
        width = m
    } else {
        guard let longest = sequences.map(\.count).max() else { throw SequenceError.emptyBatchNeedsMaxlen }
        width = longest
    }
    let fill = try dtype.convert(value)
    return try sequences.map { s in
        var row = [Double](repeating: fill, count: width)
        guard !s.isEmpty else { return row }
        // Python keeps s[-0:] (everything) for maxlen 0, which then cannot fit in the row.
        guard width > 0 else { throw SequenceError.cannotBroadcast(s.count) }
        let kept = s.count <= width ? s[...] : (truncating == .pre ? s[(s.count - width)...] : s[..<width])
        let start = padding == .post ? 0 : width - kept.count
        for (k, v) in kept.enumerated() { row[start + k] = try dtype.convert(v) }
        return row
    }
}

/// `keras.utils.to_categorical`: one-hot rows for integer labels. `shape` is the labels'
/// shape (a trailing 1 is dropped, as Keras does); the result has shape `shape + [classes]`
/// and is returned flat in row-major order, with the classes count.
public func toCategorical(_ labels: [Int], shape: [Int], numClasses: Int? = nil) throws -> (values: [Double], shape: [Int]) {
    var outShape = shape
    if outShape.count > 1, outShape.last == 1 { outShape.removeLast() }
    let classes: Int
    if let n = numClasses, n != 0 {
        classes = n
    } else {
        guard let m = labels.max() else { throw SequenceError.emptyBatchNeedsMaxlen }
        classes = m + 1
    }
    guard classes >= 0 else { throw SequenceError.negativeClasses(classes) }
    var values = [Double](repeating: 0, count: labels.count * classes)
    for (row, label) in labels.enumerated() {
        // numpy accepts negative indices down to -classes.
        guard label < classes, label >= -classes else { throw SequenceError.labelOutOfRange(label, classes) }
        values[row * classes + (label < 0 ? label + classes : label)] = 1
    }
    return (values, outShape + [classes])
}
