import Foundation
import Bindings
import Script
import TensorCore

/// Runs script programs with the numpy bindings, as the executable does.
enum BindingsTestSupport {
    /// The checkout (this file is Tests/BindingsTests/BindingsTestSupport.swift in it).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh interpreter with numpy registered and default print options.
    static func interpreter(output: @escaping (String) -> Void) -> Interpreter {
        PrintOptions.current = PrintOptions()
        let interp = Interpreter()
        interp.output = output
        interp.errorOutput = { _ in }
        interp.stdlibSearchPaths = [repositoryRoot.appendingPathComponent("Stdlib").path]
        interp.maxSteps = 100_000_000
        Bindings.register(in: interp)
        return interp
    }

    /// Runs `source` in a fresh interpreter: what it printed, and the last traceback line
    /// of an uncaught exception (`ValueError: ...`), if any.
    static func run(_ source: String, filename: String = "<test>") -> (output: String, error: String?) {
        Interpreter.runOnLargeStack {
            var output = ""
            let interp = interpreter { output += $0 }
            do {
                try interp.run(source: source, filename: filename)
                return (output, nil)
            } catch let e as PyException {
                let last = interp.formatTraceback(e).split(separator: "\n").last.map(String.init)
                return (output, last)
            } catch {
                return (output, "Swift error: \(error)")
            }
        }
    }
}
