import ArgumentParser
import Foundation
import Notebook
import Script

/// `nlpnb test [PATHS...]`: runs notebooks and compares every code cell with its golden.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run notebooks and compare every cell's output with its golden.",
        discussion: "A folder means every .nlpnb file under it. The last line counts cells: N passed, N failed, N skipped. The exit status is 1 when any cell failed."
    )

    @Argument(help: "Notebooks, or folders to search for them.")
    var paths: [String] = ["."]

    @Flag(help: "Accept the new outputs of failing cells as their goldens (written atomically).")
    var update = false

    @Option(name: .customShort("j"), help: ArgumentHelp("Run N notebooks at a time, each in its own process.", valueName: "N"))
    var jobs = 1

    @Option(help: ArgumentHelp("Also write the results as JUnit XML to FILE.", valueName: "FILE"))
    var junit: String?

    @Option(help: ArgumentHelp("Seconds each notebook may run.", valueName: "SECONDS"))
    var timeout: Double?

    @Option(help: ArgumentHelp("Let code read files under PATH too.", valueName: "PATH"))
    var allowRead: [String] = []

    /// Child-process mode of `-j`: test the one notebook given and print its result as JSON.
    @Flag(help: .hidden)
    var resultJSON = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("-j needs at least 1") }
    }

    func run() throws {
        let files: [String]
        do {
            files = try NotebookFiles.collect(paths)
        } catch {
            NotebookCommands.complain("\(error)")
            throw ExitCode(2)
        }
        if resultJSON {
            for file in files { print(ResultExchange.text(of: testNotebook(file))) }
            return
        }
        var results: [NotebookResult] = []
        let report = { (result: NotebookResult) in
            results.append(result)
            print(TestCommand.oneLine(result))
        }
        if jobs > 1 && files.count > 1 {
            runInChildren(files, report: report)
        } else {
            for file in files { report(testNotebook(file)) }
        }
        for result in results {
            let failures = result.failureReport
            if !failures.isEmpty { print("\n" + failures, terminator: "") }
        }
        let skips = results.flatMap { result in
            result.cells.compactMap { cell -> String? in
                guard case .skipped(let reason) = cell.status else { return nil }
                return "\(result.path):\(cell.line): \(cell.label): skipped: \(reason)"
            }
        }
        if !skips.isEmpty { print("\n" + skips.joined(separator: "\n")) }
        if let junit {
            do {
                try AtomicFile.write(Data(JUnitXML.document(results).utf8), to: URL(fileURLWithPath: junit))
            } catch {
                NotebookCommands.complain("\(error)")
            }
        }
        let summary = TestSummary(results)
        print("\n" + summary.line)
        if summary.failed > 0 { throw ExitCode(1) }
    }

    /// `path: 3 passed, 1 failed, 2 skipped (1.2s)`
    static func oneLine(_ result: NotebookResult) -> String {
        var line = "\(result.path): \(TestSummary([result]).line)"
        if let seconds = result.seconds { line += String(format: " (%.1fs)", seconds) }
        return line
    }

    /// Runs one notebook in a fresh session and compares its cells; with `--update`, failing
    /// cells take their new outputs as goldens (and then count as passed).
    func testNotebook(_ path: String) -> NotebookResult {
        let notebook: Notebook
        do {
            notebook = try Notebook(contentsOf: URL(fileURLWithPath: path))
        } catch let error as NotebookError {
            return NotebookResult(path: path, cells: [], notebookError: error.path == nil ? error.located(in: path).description : error.description)
        } catch {
            return NotebookResult(path: path, cells: [], notebookError: "\(error)")
        }
        let host = Host(argv: [path])
        var options = NotebookCommands.runOptions(for: path, allowing: allowRead.map(NotebookCommands.absolute))
        options.keepGoing = true
        options.notebookTimeout = timeout
        let runner = NotebookRunner(interpreter: host.interpreter, options: options)
        let run = NotebookCommands.inFolder(of: path) { runner.run(notebook) }
        var result = run.testResult(path: path)
        guard update else { return result }
        let failed = Set(result.cells.filter { if case .failed = $0.status { return true } else { return false } }.map(\.number))
        guard !failed.isEmpty else { return result }
        do {
            let url = URL(fileURLWithPath: path)
            try run.executedNotebook(baseName: url.deletingPathExtension().lastPathComponent,
                                     updating: { failed.contains($0.code.number) }).write(to: url)
            for index in result.cells.indices where failed.contains(result.cells[index].number) {
                result.cells[index].status = .passed
            }
            FileHandle.standardError.write(Data("nlpnb: updated the goldens of \(failed.count) cell(s) in \(path)\n".utf8))
        } catch {
            result.notebookError = "could not write the updated goldens: \(error)"
        }
        return result
    }

    /// `-j N`: each notebook in a child process (this executable, `test --result-json`), N at
    /// a time; results are reported in the order the notebooks were given.
    private func runInChildren(_ files: [String], report: (NotebookResult) -> Void) {
        let results = Locked([NotebookResult?](repeating: nil, count: files.count))
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = jobs
        for (index, file) in files.enumerated() {
            queue.addOperation {
                let result = self.runChild(file)
                results.withValue { $0[index] = result }
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        for result in results.withValue({ $0 }).compactMap({ $0 }) { report(result) }
    }

    private func runChild(_ file: String) -> NotebookResult {
        var arguments = ["test", "--result-json"]
        if update { arguments.append("--update") }
        if let timeout { arguments += ["--timeout", String(timeout)] }
        for path in allowRead { arguments += ["--allow-read", path] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments + ["--", file]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            return NotebookResult(path: file, cells: [], notebookError: "could not start a test process: \(error)")
        }
        // Both pipes are drained at once, so a child filling one of them cannot stall; the
        // group's wait orders the other thread's write before the reads below.
        nonisolated(unsafe) var errors = Data()
        let drained = DispatchGroup()
        DispatchQueue.global().async(group: drained) { errors = stderr.fileHandleForReading.readDataToEndOfFile() }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        if let result = try? ResultExchange.result(fromText: String(decoding: output, as: UTF8.self)) {
            FileHandle.standardError.write(errors)
            return result
        }
        let why = String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return NotebookResult(path: file, cells: [],
                              notebookError: "the test process ended with status \(process.terminationStatus)" + (why.isEmpty ? "" : ": " + why))
    }
}
