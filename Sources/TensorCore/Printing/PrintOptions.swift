/// The elements of an array to print, in C (row-major) order.
public enum ArrayElements {
    case bool([Bool])
    case int32([Int32])
    case int64([Int64])
    case float32([Float])
    case float64([Double])

    public var count: Int {
        switch self {
        case .bool(let values): return values.count
        case .int32(let values): return values.count
        case .int64(let values): return values.count
        case .float32(let values): return values.count
        case .float64(let values): return values.count
        }
    }

    /// numpy's name for the element type.
    public var dtypeName: String {
        switch self {
        case .bool: return "bool"
        case .int32: return "int32"
        case .int64: return "int64"
        case .float32: return "float32"
        case .float64: return "float64"
        }
    }

    /// The elements at the given flat positions.
    func picking(_ positions: [Int]) -> ArrayElements {
        switch self {
        case .bool(let values): return .bool(positions.map { values[$0] })
        case .int32(let values): return .int32(positions.map { values[$0] })
        case .int64(let values): return .int64(positions.map { values[$0] })
        case .float32(let values): return .float32(positions.map { values[$0] })
        case .float64(let values): return .float64(positions.map { values[$0] })
        }
    }
}

/// numpy's `floatmode` print option.
public enum FloatMode: String, CaseIterable {
    /// The mode named `name`, or numpy's error for `np.set_printoptions(floatmode=name)`.
    public static func named(_ name: String) throws -> FloatMode {
        guard let mode = FloatMode(rawValue: name) else {
            throw TensorError(.valueError, "floatmode option must be one of "
                + allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        return mode
    }


    /// Always `precision` digits after the point, even past the shortest repr.
    case fixed
    /// The shortest repr of each value, ignoring `precision`.
    case unique
    /// The shortest repr capped at `precision` digits, each element on its own.
    case maxprec
    /// The shortest repr capped at `precision`, all elements given the same digit count.
    case maxprecEqual = "maxprec_equal"
}

/// numpy's `sign` print option.
public enum SignMode: String, CaseIterable {
    /// The mode for `text`, or numpy's error for `np.set_printoptions(sign=text)`.
    public static func named(_ text: String) throws -> SignMode {
        guard let mode = SignMode(rawValue: text) else {
            throw TensorError(.valueError, "sign option must be one of ' ', '+', or '-'")
        }
        return mode
    }


    /// A sign only for negative values.
    case minus = "-"
    /// A sign always.
    case plus = "+"
    /// A space where a positive value's sign would go.
    case space = " "
}

/// numpy's print options (`np.set_printoptions`), with numpy's defaults.
public struct PrintOptions: Equatable {
    public var precision = 8
    /// Arrays with more elements than this are summarised with `...`.
    public var threshold = 1000
    /// Elements kept at each end of a summarised axis.
    public var edgeitems = 3
    public var linewidth = 75
    /// Print small numbers positionally instead of switching to scientific notation.
    public var suppress = false
    public var floatmode = FloatMode.maxprec
    public var sign = SignMode.minus
    public var nanstr = "nan"
    public var infstr = "inf"

    public init() {}

    /// The most digits we print after the point. numpy's formatting buffer gives a
    /// RuntimeError past roughly this many; we refuse such a precision up front.
    public static let maximumPrecision = 16_000

    /// Throws numpy's error for a precision `np.set_printoptions` or printing would reject.
    public func validate() throws {
        if precision < 0 { throw TensorError(.valueError, "precision must be >= 0") }
        if precision > Self.maximumPrecision {
            throw TensorError(.valueError, "precision must be <= \(Self.maximumPrecision)")
        }
    }

    /// The options numpy's module-level printing uses; `np.set_printoptions` changes them.
    public static var current = PrintOptions()
}
