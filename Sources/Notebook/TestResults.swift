/// How one code cell fared in `nlpnb test`.
public enum CellStatus: Equatable, Sendable {
    case passed
    case failed(CellFailure)
    case skipped(reason: String)
}

/// One code cell's result.
public struct CellResult: Equatable, Sendable {
    /// 1-based among the notebook's code cells.
    public var number: Int
    public var name: String?
    /// The header line of the code cell in the notebook file.
    public var line: Int
    public var status: CellStatus
    /// Wall time, when the cell ran.
    public var seconds: Double?

    public init(number: Int, name: String?, line: Int, status: CellStatus, seconds: Double? = nil) {
        self.number = number
        self.name = name
        self.line = line
        self.status = status
        self.seconds = seconds
    }

    public init(_ code: CodeCell, status: CellStatus, seconds: Double? = nil) {
        self.init(number: code.number, name: code.cell.name, line: code.cell.line, status: status, seconds: seconds)
    }

    /// `cell 3 (train)` or `cell 3`.
    public var label: String { name.map { "cell \(number) (\($0))" } ?? "cell \(number)" }
}

/// One notebook's results, or the reason it could not be run at all.
public struct NotebookResult: Equatable, Sendable {
    public var path: String
    public var cells: [CellResult]
    /// Set when the notebook failed as a whole (it did not parse, or the notebook's timeout
    /// ended the run); counts as one failure unless a cell already carries it (the cell the
    /// timeout interrupted), so that the summary keeps counting cells.
    public var notebookError: String?
    public var seconds: Double?

    public init(path: String, cells: [CellResult], notebookError: String? = nil, seconds: Double? = nil) {
        self.path = path
        self.cells = cells
        self.notebookError = notebookError
        self.seconds = seconds
    }

    /// Every failure, as `nlpnb test` prints it: where, what, then the diff.
    public var failureReport: String {
        var out = ""
        if let notebookError { out += "\(path): \(notebookError)\n" }
        for cell in cells {
            guard case .failed(let failure) = cell.status else { continue }
            out += "\(path):\(cell.line): \(cell.label): \(failure.summary)\n"
            out += failure.details
            if !failure.details.isEmpty, !failure.details.hasSuffix("\n") { out += "\n" }
        }
        return out
    }
}

/// Counts over any number of notebooks.
public struct TestSummary: Equatable, Sendable {
    public var passed = 0
    public var failed = 0
    public var skipped = 0

    public init(_ results: [NotebookResult]) {
        for notebook in results {
            let cellFailed = notebook.cells.contains { if case .failed = $0.status { true } else { false } }
            if notebook.notebookError != nil && !cellFailed { failed += 1 }
            for cell in notebook.cells {
                switch cell.status {
                case .passed: passed += 1
                case .failed: failed += 1
                case .skipped: skipped += 1
                }
            }
        }
    }

    /// `3 passed, 1 failed, 2 skipped`
    public var line: String { "\(passed) passed, \(failed) failed, \(skipped) skipped" }
}
