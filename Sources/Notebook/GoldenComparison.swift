/// What running a code cell produced.
public struct CellOutcome: Equatable, Sendable {
    /// Everything the cell printed, plus the repr of a last bare expression, as captured.
    public var output: String
    /// The error that ended the cell, if one did.
    public var error: RaisedError?
    /// PNG pictures the cell showed (a last expression with a picture form), in order.
    /// Comparison does not read them.
    public var images: [[UInt8]]

    public init(output: String, error: RaisedError? = nil, images: [[UInt8]] = []) {
        self.output = output
        self.error = error
        self.images = images
    }
}

/// Why a cell failed: a one-line summary and the details a reader needs (diffs, numbers).
public struct CellFailure: Equatable, Sendable {
    public var summary: String
    public var details: String
    /// Set when the outputs differ only in numbers.
    public var numbers: NumberDifferences?
}

/// Numbers that sit in the same places of both outputs, and how far apart they are.
public struct NumberDifferences: Equatable, Sendable {
    public var compared: Int
    /// How many are unequal (outside the tolerance, when there is one).
    public var mismatched: Int
    public var largestAbsolute: Double
    public var largestRelative: Double

    public var description: String {
        "\(mismatched) of \(compared) numbers differ; largest absolute difference \(largestAbsolute), "
            + "largest relative difference \(largestRelative)"
    }
}

/// Golden comparison: is a cell's outcome what its `output` and `error` cells say?
///
/// Both texts go through `OutputNormalizer` first. Then, line by line: a line that is only
/// `...` matches any run of lines (none included); `...` inside a line matches any text in
/// that line; everything else must be equal, except that with a tolerance, numbers compare
/// within it while the text around them must still be equal.
public enum GoldenComparison {
    /// Checks a code cell's outcome against its goldens. A cell with no `output` cell is
    /// expected to print nothing; `ignore-output` skips the output check (errors still count).
    public static func check(_ code: CodeCell, in notebook: Notebook, outcome: CellOutcome) -> CellFailure? {
        let tolerance = Tolerance.effective(for: code.cell, in: notebook)
        var failures: [CellFailure] = []
        if !code.cell.ignoresOutput,
           let failure = compareOutput(actual: outcome.output, expected: code.output?.body ?? "", tolerance: tolerance) {
            failures.append(failure)
        }
        if let failure = compareError(actual: outcome.error, expectedBody: code.error?.body, tolerance: tolerance) {
            failures.append(failure)
        }
        guard !failures.isEmpty else { return nil }
        return CellFailure(summary: failures.map(\.summary).joined(separator: "; "),
                           details: failures.map(\.details).joined(separator: "\n"),
                           numbers: failures.compactMap(\.numbers).first)
    }

    /// Compares output text with a golden; nil when they match.
    public static func compareOutput(actual: String, expected: String, tolerance: Tolerance?) -> CellFailure? {
        let expectedLines = OutputNormalizer.lines(expected)
        let actualLines = OutputNormalizer.lines(actual)
        if linesMatch(pattern: expectedLines, actual: actualLines, tolerance: tolerance) { return nil }
        let numbers = numberDifferences(expectedLines, actualLines, tolerance: tolerance)
        var details = UnifiedDiff.render(expected: expectedLines, actual: actualLines)
        if let numbers {
            details += numbers.description
            details += tolerance.map { " (tolerance: \($0.description))\n" } ?? " (no tolerance set)\n"
        }
        let summary = numbers == nil ? "output differs" : "output differs in numbers"
        return CellFailure(summary: summary, details: details, numbers: numbers)
    }

    /// Compares the error a cell raised (if any) with an `error` cell body (if any).
    public static func compareError(actual: RaisedError?, expectedBody: String?, tolerance: Tolerance?) -> CellFailure? {
        guard let expectedBody else {
            guard let actual else { return nil }
            let traceback = (actual.traceback + [actual.summary]).map { $0 + "\n" }.joined()
            return CellFailure(summary: "raised \(actual.summary)", details: traceback)
        }
        guard let expected = try? ExpectedError(body: expectedBody) else {
            return CellFailure(summary: "the error cell is malformed", details: expectedBody)
        }
        let wanted = expected.message.isEmpty ? expected.typeName : "\(expected.typeName): \(expected.message)"
        guard let actual else {
            return CellFailure(summary: "expected \(wanted), but the cell raised nothing", details: "")
        }
        let pattern = OutputNormalizer.lines(expected.message)
        // An error cell holds one line of message, so a longer message is compared by its first.
        let message = Array(OutputNormalizer.lines(actual.message).prefix(max(1, pattern.count)))
        if actual.typeName == expected.typeName, linesMatch(pattern: pattern, actual: message, tolerance: tolerance) {
            return nil
        }
        return CellFailure(summary: "raised a different error",
                           details: UnifiedDiff.render(expected: [wanted], actual: [actual.summary]))
    }

    // MARK: - Matching

    private static func linesMatch(pattern: [String], actual: [String], tolerance: Tolerance?) -> Bool {
        if let tolerance {
            let lines: [GlobItem<[GlobItem<OutputToken>]>] = pattern.map { isLineWildcard($0) ? .wildcard : .element(tokenPattern($0)) }
            return globMatch(lines, actual.map(outputTokens)) { linePattern, tokens in
                globMatch(linePattern, tokens) { tokensMatch($0, $1, tolerance) }
            }
        }
        let lines: [GlobItem<String>] = pattern.map { isLineWildcard($0) ? .wildcard : .element($0) }
        return globMatch(lines, actual) { expected, actual in
            guard expected.contains("...") else { return expected == actual }
            return globMatch(characterPattern(expected), Array(actual), matches: ==)
        }
    }

    private static func isLineWildcard(_ line: String) -> Bool {
        line.drop(while: \.isWhitespace) == "..."
    }

    private static func characterPattern(_ line: String) -> [GlobItem<Character>] {
        wildcardSplit(line) { $0.map(GlobItem.element) }
    }

    private static func tokenPattern(_ line: String) -> [GlobItem<OutputToken>] {
        wildcardSplit(line) { outputTokens(String($0)).map(GlobItem.element) }
    }

    /// The pieces of `line` between `...`s, each turned into pattern items, with wildcards between.
    private static func wildcardSplit<T>(_ line: String, _ items: (Substring) -> [GlobItem<T>]) -> [GlobItem<T>] {
        var result: [GlobItem<T>] = []
        for (index, piece) in line.components(separatedBy: "...").enumerated() {
            if index > 0 { result.append(.wildcard) }
            result += items(Substring(piece))
        }
        return result
    }

    private static func tokensMatch(_ expected: OutputToken, _ actual: OutputToken, _ tolerance: Tolerance) -> Bool {
        switch (expected, actual) {
        case let (.number(expectedText, expectedValue), .number(actualText, actualValue)):
            return expectedText == actualText || tolerance.accepts(actualValue, expected: expectedValue)
        default:
            return expected == actual
        }
    }

    /// When the two outputs have the same text around their numbers, how far the numbers are
    /// apart; nil when the text differs too (then only the diff helps) or `...` is in play.
    private static func numberDifferences(_ expected: [String], _ actual: [String], tolerance: Tolerance?) -> NumberDifferences? {
        guard expected.count == actual.count, !expected.contains(where: { $0.contains("...") }) else { return nil }
        var result = NumberDifferences(compared: 0, mismatched: 0, largestAbsolute: 0, largestRelative: 0)
        for (expectedLine, actualLine) in zip(expected, actual) {
            let expectedTokens = outputTokens(expectedLine), actualTokens = outputTokens(actualLine)
            guard expectedTokens.count == actualTokens.count else { return nil }
            for (e, a) in zip(expectedTokens, actualTokens) {
                switch (e, a) {
                case let (.number(eText, eValue), .number(aText, aValue)):
                    result.compared += 1
                    let accepted = eText == aText || (tolerance?.accepts(aValue, expected: eValue) ?? false)
                    if accepted { continue }
                    result.mismatched += 1
                    let difference = abs(aValue - eValue)
                    result.largestAbsolute = max(result.largestAbsolute, difference)
                    result.largestRelative = max(result.largestRelative, eValue == 0 ? .infinity : difference / abs(eValue))
                default:
                    if e != a { return nil }
                }
            }
        }
        return result.mismatched > 0 ? result : nil
    }
}
