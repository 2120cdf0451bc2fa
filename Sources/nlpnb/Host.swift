import Bindings
import Foundation
import Script

/// One interpreter set up the way every command of the executable needs it: the Stdlib
/// search path, the engine's native modules, and output through a buffered sink.
struct Host {
    let interpreter: Interpreter
    let stdout: OutputSink
    let stderr: OutputSink

    init(argv: [String]) {
        interpreter = Interpreter()
        stdout = OutputSink(fd: STDOUT_FILENO)
        stderr = OutputSink(fd: STDERR_FILENO)
        let (out, err) = (stdout, stderr)
        interpreter.output = { out.write($0) }
        interpreter.errorOutput = { text in out.flush(); err.write(text); err.flush() }
        // input() has already written its prompt to `output`; show it before waiting.
        interpreter.inputProvider = { _ in
            out.flush()
            return readLine()
        }
        interpreter.stdlibSearchPaths = StdlibLocator.searchPaths()
        interpreter.argv = argv
        Bindings.register(in: interpreter)
    }

    /// Runs a whole script. Returns the process exit status: 0, 1 after an uncaught error
    /// (its traceback on stderr), or the status `sys.exit` asked for.
    func runScript(source: String, filename: String) -> Int32 {
        let interp = interpreter
        let failure: PyException? = Interpreter.runOnLargeStack {
            do {
                try interp.run(source: source, filename: filename)
                return nil
            } catch let error as PyException {
                return error
            } catch {
                return PyException(.runtimeError, "\(error)")
            }
        }
        stdout.flush()
        guard let failure else { return 0 }
        return report(failure)
    }

    /// Prints an uncaught exception the way CPython does and gives the exit status.
    func report(_ exception: PyException) -> Int32 {
        if let status = exitStatus(of: exception) { return status }
        stdout.flush()
        stderr.write(interpreter.formatTraceback(exception))
        stderr.flush()
        return 1
    }

    /// `sys.exit(n)`/`exit()`: nil for any other exception.
    private func exitStatus(of exception: PyException) -> Int32? {
        guard exception.cls.isSubclass(of: .systemExit) else { return nil }
        switch exception.args.first {
        case nil, .none?: return 0
        case .int(let code)?: return Int32(truncatingIfNeeded: code)
        case let other?:
            stderr.write(interpreter.strOf(other) + "\n")
            stderr.flush()
            return 1
        }
    }
}
