import ArgumentParser
import Foundation
import Notebook
import Pretrained
import Script

/// The options of `nlpnb run NB.nlpnb`. `run` reads them after the notebook's path (it passes
/// everything after a file through, as a script's `sys.argv` needs); `notebookPathFirst` in
/// main.swift moves those written before the path after it.
struct NotebookRunArguments: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "nlpnb run NB.nlpnb", abstract: "Run a notebook.")

    @Flag(help: "Write the new outputs into the notebook itself (atomically).")
    var inplace = false

    @Option(help: ArgumentHelp("Write the executed notebook to OUT.", valueName: "OUT.nlpnb"))
    var output: String?

    @Flag(help: "Go on after a cell fails.")
    var keepGoing = false

    @Option(help: ArgumentHelp("Seconds the whole notebook may run.", valueName: "SECONDS"))
    var timeout: Double?

    @Option(name: .customShort("p"), help: ArgumentHelp("Set a parameter of the cell named `parameters`.", valueName: "NAME=VALUE"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("Let code read files under PATH too.", valueName: "PATH"))
    var allowRead: [String] = []
}

/// Things `run`, `test` and `convert` share.
enum NotebookCommands {
    /// Reads a notebook, or prints why it cannot be read and gives nil.
    static func load(_ path: String) -> Notebook? {
        do {
            return try Notebook(contentsOf: URL(fileURLWithPath: path))
        } catch let error as NotebookError {
            complain(error.path == nil ? error.located(in: path).description : error.description)
        } catch {
            complain("\(path): \(error.localizedDescription)")
        }
        return nil
    }

    static func complain(_ message: String) {
        FileHandle.standardError.write(Data("nlpnb: \(message)\n".utf8))
    }

    /// Runs `body` with the notebook's folder as the current directory, as Jupyter does, so
    /// that `open('data.txt')` finds the file beside the notebook.
    static func inFolder<T>(of path: String, _ body: () throws -> T) rethrows -> T {
        let manager = FileManager.default
        let previous = manager.currentDirectoryPath
        manager.changeCurrentDirectoryPath(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        defer { manager.changeCurrentDirectoryPath(previous) }
        return try body()
    }

    /// `path` made absolute from the current directory, before a run moves into another one.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Options for running the notebook at `path`: `requires=MODEL` looks where
    /// `from_pretrained` does, and the code may read its own folder, the model folders and
    /// `--allow-read`; modules may write only into its own folder.
    static func runOptions(for path: String, allowing extra: [String]) -> RunOptions {
        let models = ModelLocator.fromEnvironment()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var options = RunOptions()
        options.modelIsAvailable = { models.hasModel($0) }
        options.readPolicy = ReadPolicy(allowing: [folder] + models.roots + extra)
        options.writePolicy = ReadPolicy(allowing: [folder])
        return options
    }

    /// `nlpnb run NB.nlpnb [OPTIONS]`: runs every cell in one session, streaming each cell's
    /// output under a header; returns the exit status.
    static func run(path: String, arguments: [String]) -> Int32 {
        let options: NotebookRunArguments
        do {
            options = try NotebookRunArguments.parse(arguments)
        } catch {
            // `--help` arrives here too, as an error that means success.
            if NotebookRunArguments.exitCode(for: error) == .success {
                print(NotebookRunArguments.fullMessage(for: error))
                return 0
            }
            complain(NotebookRunArguments.message(for: error))
            return 2
        }
        if options.inplace && options.output != nil {
            complain("give --inplace or --output, not both")
            return 2
        }
        guard var notebook = load(path) else { return 2 }
        do {
            notebook = try Parameters.apply(try options.parameters.map(Parameters.parseOverride), to: notebook)
        } catch let error as NotebookError {
            complain(error.line == nil ? error.description : error.located(in: path).description)
            return 2
        } catch {
            complain("\(error)")
            return 2
        }

        let host = Host(argv: [path])
        var runOptions = runOptions(for: path, allowing: options.allowRead.map(absolute))
        runOptions.keepGoing = options.keepGoing
        runOptions.notebookTimeout = options.timeout
        let runner = NotebookRunner(interpreter: host.interpreter, options: runOptions)
        let screen = CellStream(sink: host.stdout)
        runner.outputStream = { screen.write($0) }
        runner.noticeStream = { text in
            screen.clearProgress()
            host.stdout.flush()
            host.stderr.write(text)
            host.stderr.flush()
        }
        runner.pictureStream = { screen.picture($0) }
        runner.willRunCell = { code, total in screen.begin(code, of: total) }
        runner.didFinishCell = { cellRun in
            host.stdout.flush()
            if case .skipped(let reason) = cellRun.status { screen.skipped(cellRun.code, reason: reason) }
            // The report comes under the cell that failed, as the run streams on.
            if cellRun.raisedUnexpectedly {
                screen.finish()
                host.stdout.flush()
                complain(describeFailure(cellRun, path: path))
            }
        }
        let result = inFolder(of: path) { runner.run(notebook) }
        screen.finish()

        var status: Int32 = result.cells.contains(where: \.raisedUnexpectedly) ? 1 : 0
        if result.notebookTimedOut {
            status = 1
            complain("\(path): the notebook did not finish within its --timeout of \(String(format: "%g", options.timeout ?? 0)) seconds")
        }
        if let destination = options.inplace ? path : options.output {
            do {
                let url = URL(fileURLWithPath: destination)
                try result.executedNotebook(baseName: url.deletingPathExtension().lastPathComponent)
                    .write(to: url, sourceFolder: URL(fileURLWithPath: path).deletingLastPathComponent())
            } catch {
                complain("\(error)")
                return 2
            }
        }
        return status
    }

    /// `cell 3 (train) failed at line 2 (notebook line 14):` and the traceback.
    static func describeFailure(_ cellRun: CellRun, path: String) -> String {
        var place = "\(path): \(cellRun.code.label)"
        if cellRun.timedOut {
            place += " timed out"
        } else {
            place += " failed"
        }
        if let line = cellRun.errorLine {
            place += " at line \(line) (line \(cellRun.code.cell.line + line) of the notebook)"
        }
        return place + ":\n" + (cellRun.traceback ?? "").trimmingCharacters(in: .newlines)
    }
}

/// What `nlpnb run` shows while a notebook runs: a short header before each cell, the cell's
/// output as it is printed, and on a terminal a dim progress line (`[3/12] cell 3 ...`) that
/// stays at the bottom until the cell prints something.
final class CellStream {
    private let sink: OutputSink
    private let isTerminal: Bool
    private var progressShown = false
    private var atLineStart = true

    init(sink: OutputSink) {
        self.sink = sink
        isTerminal = isatty(STDOUT_FILENO) != 0
    }

    func begin(_ code: CodeCell, of total: Int) {
        clearProgress()
        if !atLineStart { sink.write("\n") }
        sink.write("── \(code.label) ──\n")
        atLineStart = true
        if isTerminal {
            sink.write("\u{1B}[2m[\(code.number)/\(total)] running \(code.label)…\u{1B}[0m")
            progressShown = true
        }
        // Into a pipe (a CI log) output is block-buffered; the header still shows at once.
        sink.flush()
    }

    func skipped(_ code: CodeCell, reason: String) {
        clearProgress()
        if !atLineStart { sink.write("\n") }
        sink.write("── \(code.label): skipped (\(reason)) ──\n")
        atLineStart = true
    }

    /// A picture cannot be shown in text: a line says where it goes.
    func picture(_ data: Data) {
        write("[picture: \(data.count) bytes of PNG]\n")
    }

    func write(_ text: String) {
        clearProgress()
        sink.write(text)
        if let last = text.last { atLineStart = last == "\n" }
    }

    func clearProgress() {
        guard progressShown else { return }
        sink.write("\r\u{1B}[K")
        progressShown = false
    }

    func finish() {
        clearProgress()
        if !atLineStart { sink.write("\n") }
        atLineStart = true
        sink.flush()
    }
}
