/// How far a number in the output may be from the golden one, with `pytest.approx`'s rule:
/// `|actual - expected| <= max(relative * |expected|, absolute)`; equal numbers always match.
public struct Tolerance: Equatable, Sendable {
    /// `nil` when only an absolute tolerance was given: then, as in pytest.approx, only it counts.
    public var relative: Double?
    public var absolute: Double

    /// pytest.approx's defaults, used for the bare `tolerance` flag.
    public static let defaultRelative = 1e-6
    public static let defaultAbsolute = 1e-12

    public init(relative: Double?, absolute: Double = Tolerance.defaultAbsolute) {
        self.relative = relative
        self.absolute = absolute
    }

    public func accepts(_ actual: Double, expected: Double) -> Bool {
        if actual == expected { return true }
        guard actual.isFinite, expected.isFinite else { return false }
        return abs(actual - expected) <= allowance(for: expected)
    }

    /// The largest difference accepted around `expected`.
    public func allowance(for expected: Double) -> Double {
        guard let relative else { return absolute }
        return max(relative * abs(expected), absolute)
    }

    /// The tolerance in force for a code cell: its own `tolerance`/`abs-tolerance` when it
    /// has either, else the notebook's, else none (exact comparison).
    public static func effective(for cell: Cell, in notebook: Notebook) -> Tolerance? {
        from(cell.attributes) ?? from(notebook.attributes)
    }

    /// Reads `tolerance` (bare flag or relative value) and `abs-tolerance` from a header.
    static func from(_ attributes: Attributes) -> Tolerance? {
        let hasRelative = attributes.contains("tolerance")
        let absolute = attributes.number("abs-tolerance")
        guard hasRelative || absolute != nil else { return nil }
        if !hasRelative, let absolute { return Tolerance(relative: nil, absolute: absolute) }
        return Tolerance(relative: attributes.number("tolerance") ?? defaultRelative,
                         absolute: absolute ?? defaultAbsolute)
    }

    /// `rel 1e-06, abs 1e-12` for reports.
    public var description: String {
        (relative.map { "rel \($0), " } ?? "") + "abs \(absolute)"
    }
}
