import Foundation

/// What happened to one code cell during `nlpnb run` or `nlpnb test`.
public struct CellRun: Sendable {
    public enum Status: Sendable {
        /// The cell ran; its output and the error it raised, if any.
        case ran(CellOutcome)
        /// The cell was not run because of `skip` or a missing `requires` model.
        case skipped(reason: String)
        /// The run had stopped before this cell (an earlier failure or the notebook's timeout).
        case notRun
    }

    public let code: CodeCell
    public var status: Status
    /// Wall time of the run.
    public var seconds: Double?
    /// For a cell that raised: the full traceback as Python prints it, and the line of the
    /// cell it points at.
    public var traceback: String?
    public var errorLine: Int?
    /// Whether the cell was interrupted because it ran past its timeout.
    public var timedOut = false

    public init(code: CodeCell, status: Status, seconds: Double? = nil) {
        self.code = code
        self.status = status
        self.seconds = seconds
    }

    /// The error the cell raised, when it ran and raised one.
    public var error: RaisedError? {
        if case .ran(let outcome) = status { return outcome.error }
        return nil
    }

    /// Whether the error (if any) is the one the cell's `error` golden announces, so that a
    /// notebook demonstrating an exception does not stop `nlpnb run`.
    public var raisedUnexpectedly: Bool {
        guard let error else { return false }
        guard let body = code.error?.body, let expected = try? ExpectedError(body: body) else { return true }
        return expected.typeName != error.typeName
    }
}

/// The result of running a notebook: every code cell in order, run or not.
public struct NotebookRun: Sendable {
    /// The notebook as run (after `-p` parameters were applied).
    public var notebook: Notebook
    public var cells: [CellRun]
    /// Set when the whole-notebook `--timeout` ended the run.
    public var notebookTimedOut = false

    public init(notebook: Notebook, cells: [CellRun], notebookTimedOut: Bool = false) {
        self.notebook = notebook
        self.cells = cells
        self.notebookTimedOut = notebookTimedOut
    }

    /// The cell whose unexpected error stopped the run, if one did.
    public var failedCell: CellRun? { cells.first { $0.raisedUnexpectedly } }

    /// The notebook with each run cell's fresh output and error as its attachments and its
    /// wall time as the code cell's `time` attribute. A cell that showed pictures gets one
    /// image cell for each (named as `pictures(imageBaseName:)` names their files); a cell
    /// that showed none keeps the image cells it had. Skipped and unrun cells keep their
    /// goldens untouched, and so do cells `updating` turns down (`nlpnb test --update`
    /// rewrites only failing cells).
    public func executedNotebook(imageBaseName: String = "notebook", updating: (CellRun) -> Bool = { _ in true }) -> Notebook {
        var result = notebook
        // Back to front, so replacing attachments does not move the cells still to do.
        for run in cells.reversed() where updating(run) {
            guard case .ran(let outcome) = run.status else { continue }
            var attachments: [Cell] = []
            if !outcome.output.isEmpty {
                attachments.append(Cell(.output, body: outcome.output))
            }
            if let error = outcome.error {
                // The first line is what comparison reads; the traceback is kept for readers.
                let body = ([error.summary] + error.traceback).map { $0 + "\n" }.joined()
                attachments.append(Cell(.error, body: body))
            }
            if outcome.images.isEmpty {
                attachments += run.code.images
            } else {
                for name in NotebookRun.imageFiles(run, outcome, baseName: imageBaseName) {
                    var image = Cell(.image)
                    image.attributes.set("file", name)
                    attachments.append(image)
                }
            }
            result.replaceAttachments(ofCodeCellAt: run.code.index, with: attachments)
            if let seconds = run.seconds {
                result.cells[run.code.index].attributes.set("time", String(format: "%.3fs", seconds))
            }
        }
        return result
    }

    /// The PNG files of the pictures run cells showed, relative to the notebook's folder, for
    /// the caller to write beside the notebook `executedNotebook(imageBaseName:)` made.
    public func pictures(imageBaseName: String = "notebook", updating: (CellRun) -> Bool = { _ in true }) -> [IpynbImport.SideFile] {
        cells.filter(updating).flatMap { run -> [IpynbImport.SideFile] in
            guard case .ran(let outcome) = run.status else { return [] }
            return zip(NotebookRun.imageFiles(run, outcome, baseName: imageBaseName), outcome.images).map { name, png in
                IpynbImport.SideFile(path: name, data: Data(png))
            }
        }
    }

    /// A cell's picture files: the names its image cells already have, then
    /// `BASE_cellN.png`, `BASE_cellN_2.png`, ... (N counts code cells), as conversion names them.
    static func imageFiles(_ run: CellRun, _ outcome: CellOutcome, baseName: String) -> [String] {
        outcome.images.indices.map { index in
            if index < run.code.images.count, let file = run.code.images[index].imageFile { return file }
            return "\(baseName)_cell\(run.code.number)\(index == 0 ? "" : "_\(index + 1)").png"
        }
    }

    /// The golden comparison of every cell, as `nlpnb test` reports it.
    public func testResult(path: String) -> NotebookResult {
        let results = cells.map { run -> CellResult in
            switch run.status {
            case .ran(let outcome):
                let failure = GoldenComparison.check(run.code, in: notebook, outcome: outcome)
                return CellResult(run.code, status: failure.map { .failed($0) } ?? .passed, seconds: run.seconds)
            case .skipped(let reason):
                return CellResult(run.code, status: .skipped(reason: reason))
            case .notRun:
                return CellResult(run.code, status: .skipped(reason: "not run: the run had stopped before this cell"))
            }
        }
        let error = notebookTimedOut ? "the notebook did not finish within its --timeout" : nil
        return NotebookResult(path: path, cells: results, notebookError: error,
                              seconds: cells.compactMap(\.seconds).reduce(0, +))
    }
}
