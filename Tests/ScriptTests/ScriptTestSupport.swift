import Foundation
@testable import Script

/// What running a program produced: its stdout and, if it ended in an uncaught
/// exception, the traceback text and its last line.
struct RunResult {
    var output: String
    var traceback: String?
    var errorLine: String? { traceback?.split(separator: "\n").last.map(String.init) }
}

/// Runs `source` in a fresh interpreter on a large-stack thread, capturing output.
func runScript(_ source: String, filename: String = "script.nlp", maxSteps: Int? = 50_000_000,
               configure: @escaping (Interpreter) -> Void = { _ in }) -> RunResult {
    Interpreter.runOnLargeStack {
        let interp = Interpreter()
        var output = ""
        interp.output = { output += $0 }
        interp.errorOutput = { _ in }
        interp.inputProvider = { _ in nil }
        interp.maxSteps = maxSteps
        configure(interp)
        do {
            try interp.run(source: source, filename: filename)
            return RunResult(output: output, traceback: nil)
        } catch let e as PyException {
            return RunResult(output: output, traceback: interp.formatTraceback(e))
        } catch {
            return RunResult(output: output, traceback: "Swift error: \(error)")
        }
    }
}

/// The Tests/Corpus folder, found relative to this file.
let corpusRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
