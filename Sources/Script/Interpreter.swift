import Foundation
import Synchronization

/// A flag a SIGINT handler can set (an atomic store, async-signal-safe). The evaluator
/// checks it at loop back-edges and calls and raises KeyboardInterrupt.
public final class InterruptFlag: @unchecked Sendable {
    private let flag = Atomic<Bool>(false)
    public init() {}
    /// Used by hosts that install one SIGINT handler for the process.
    public static let shared = InterruptFlag()
    public func request() { flag.store(true, ordering: .relaxed) }
    /// Clears a request made while nothing was running.
    public func clear() { flag.store(false, ordering: .relaxed) }
    /// Whether an interrupt waits, without clearing it: one plain load, cheap enough for every step.
    @inline(__always) var isRequested: Bool { flag.load(ordering: .relaxed) }
    /// Reads and clears the flag.
    func consume() -> Bool {
        guard flag.load(ordering: .relaxed) else { return false }
        return flag.exchange(false, ordering: .relaxed)
    }
}

/// One interpreter session: the `__main__` module, imported modules, the host's hooks
/// (output sink, input provider, file check) and the evaluator's limits.
public final class Interpreter {
    /// Where `print` and `sys.stdout.write` write.
    public var output: (String) -> Void = { text in FileHandle.standardOutput.write(text.data(using: .utf8) ?? Data()) }
    /// Where `sys.stderr.write` and warnings write.
    public var errorOutput: (String) -> Void = { text in FileHandle.standardError.write(text.data(using: .utf8) ?? Data()) }
    /// Returns one line for `input(prompt)` (without the newline); nil raises EOFError.
    public var inputProvider: (String) -> String? = { _ in readLine() }
    /// Says whether `open(path)` may read a file; false raises PermissionError.
    public var fileReadCheck: (String) -> Bool = { _ in true }
    /// Says whether a module may write a file (Keras's `save_weights`); false raises
    /// PermissionError. `open()` never writes.
    public var fileWriteCheck: (String) -> Bool = { _ in true }
    /// Where IPython's `display(obj)` sends each object. A host that can show more than text
    /// (the notebook runner keeps pictures as image cells) sets it; when nil, the object's
    /// repr is printed on a line of its own, as IPython's terminal shows it.
    public var displayHook: ((Value) throws -> Void)?
    /// Folders searched for `.nlp` modules and packages.
    public var stdlibSearchPaths: [String] = []
    /// Python's recursion limit (sys.setrecursionlimit).
    public var recursionLimit = 1000
    /// Ends runaway programs with RuntimeError after this many steps (loop iterations and calls).
    public var maxSteps: Int?
    public var interrupt = InterruptFlag.shared
    /// Arguments for `sys.argv`.
    public var argv: [String] = [""]

    public let mainModule = PyModule(name: "__main__")
    let builtinsModule = PyModule(name: "builtins")
    var modules: [String: PyModule] = [:]
    var moduleBuilders: [String: (Interpreter) throws -> PyModule] = [:]
    /// Source lines of every file or cell run, for tracebacks.
    var sources: [String: [String]] = [:]
    /// Hot counters behind a raw pointer, so updating them needs no exclusivity checks.
    private let counters = UnsafeMutablePointer<(steps: Int, callDepth: Int)>.allocate(capacity: 1)
    var callDepth: Int {
        get { counters.pointee.callDepth }
        set { counters.pointee.callDepth = newValue }
    }
    var steps: Int {
        get { counters.pointee.steps }
        set { counters.pointee.steps = newValue }
    }
    var cellCounter = 0
    var nativeClasses: [String: PyClass] = [:]
    var reprInProgress = Set<ObjectIdentifier>()
    /// Exceptions being handled by `except`/`finally` blocks, innermost last (for bare
    /// `raise` and implicit chaining).
    var currentlyHandled: [PyException] = []
    /// The `super` builtin, recognised by the compiler's zero-argument form.
    var builtinSuper: PyObject = PyClass.superType

    public init() {
        counters.initialize(to: (0, 0))
        BuiltinTypes.installMethods()
        installBuiltins()
        mainModule["__name__"] = .str("__main__")
        mainModule["__builtins__"] = .object(builtinsModule)
        modules["builtins"] = builtinsModule
        registerStandardModules()
    }

    deinit {
        // Functions refer to their module and modules to their functions; without a cycle
        // collector, emptying the modules is what frees a finished session (and closes
        // its suspended generators), as CPython's shutdown clears module dicts.
        for module in modules.values { module.globals.removeAll() }
        mainModule.globals.removeAll()
        counters.deallocate()
    }

    /// Runs a script. Throws the uncaught PyException (SyntaxError included).
    public func run(source: String, filename: String = "<string>") throws {
        _ = try execute(source: source, filename: filename, echo: false)
    }

    /// Runs a REPL or notebook cell and returns the value of a final bare expression
    /// statement (nil when there is none, when it is None, or when the line ends in `;`).
    /// The value is also stored in `_`.
    @discardableResult
    public func runCell(source: String, name: String? = nil) throws -> Value? {
        cellCounter += 1
        let filename = name ?? "<cell \(cellCounter)>"
        let value = try execute(source: source, filename: filename, echo: !endsWithSemicolon(source))
        if let v = value, !v.isNone {
            mainModule["_"] = v
            return v
        }
        return nil
    }

    private func endsWithSemicolon(_ source: String) -> Bool {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: true)
        for line in lines.reversed() {
            var text = line
            if let hash = text.firstIndex(of: "#"), !text.contains("\"") && !text.contains("'") { text = text[..<hash] }
            let trimmed = String(text).trimmed(" \t\r")
            if trimmed.isEmpty { continue }
            return trimmed.hasSuffix(";")
        }
        return false
    }

    /// Compiles and runs `source` in `__main__`.
    func execute(source: String, filename: String, echo: Bool) throws -> Value? {
        sources[filename] = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let code = try compileModule(source: source, filename: filename, module: mainModule, echoLastExpression: echo)
        let frame = Frame.make(slotCount: code.slotCount, cells: (0..<code.ownCellCount).map { _ in Cell() }, module: mainModule, function: nil)
        callDepth = 0
        // A Ctrl-C pressed while idle must not stop the next cell.
        interrupt.clear()
        _ = try code.body(frame)
        return echo ? frame.returnValue : nil
    }

    /// Lexes, parses, resolves and compiles a module body. SyntaxErrors come back as PyException.
    func compileModule(source: String, filename: String, module: PyModule, echoLastExpression: Bool) throws -> CodeObject {
        do {
            let body = try Parser.parse(source)
            try TreeDepth.check(body)
            let scopes = try Resolver.resolve(body)
            let compiler = Compiler(interp: self, scopes: scopes, filename: filename, module: module)
            compiler.sourceLines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
            return try compiler.compileModule(body, echo: echoLastExpression)
        } catch let e as CompileError {
            throw syntaxError(e, filename: filename, source: source)
        }
    }

    /// Turns a CompileError into a Python SyntaxError/IndentationError exception.
    func syntaxError(_ e: CompileError, filename: String, source: String) -> PyException {
        if e.typeName == "RecursionError" { return PyException(.recursionError, e.message) }
        let cls = e.typeName == "IndentationError" ? PyClass.indentationError : PyClass.syntaxError
        let exc = PyException(cls: cls, args: [.str(e.message)])
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let text = e.line >= 1 && e.line <= lines.count ? String(lines[e.line - 1]) : nil
        exc.syntaxInfo = SyntaxInfo(filename: filename, line: e.line, column: e.column, endColumn: e.endColumn, text: text)
        exc.dict["msg"] = .str(e.message)
        exc.dict["lineno"] = .int(e.line)
        exc.dict["offset"] = .int(e.column + 1)
        exc.dict["filename"] = .str(filename)
        return exc
    }

    /// Counts a step (loop iteration or call); checks the interrupt flag and step budget.
    /// The flag is looked at on every step, not only every 1024th: a loop whose body is one
    /// long native call (a matmul, a training step) takes few steps, and a Ctrl-C or a
    /// notebook cell's timeout must still stop it at the next one.
    @inline(__always) func tick() throws {
        steps &+= 1
        if steps & 0x3FF == 0 || interrupt.isRequested { try slowTick() }
    }

    /// For native code that runs long (a training loop, a generation loop): raises
    /// KeyboardInterrupt when Ctrl-C or a notebook cell's timeout has asked to stop.
    public func checkInterrupt() throws {
        if interrupt.consume() { throw PyException(.keyboardInterrupt, []) }
    }

    func slowTick() throws {
        try checkInterrupt()
        if let limit = maxSteps, steps > limit {
            throw PyException(.runtimeError, "step budget exceeded")
        }
    }

    /// Runs `body` on a thread with a 512 MB stack, so deep recursion in scripts ends in
    /// RecursionError rather than a stack overflow. Blocks until `body` returns.
    public static func runOnLargeStack<T>(_ body: @escaping () -> T) -> T {
        // Written by the thread, read only after the semaphore orders that write first.
        nonisolated(unsafe) var result: T?
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result = body()
            done.signal()
        }
        thread.stackSize = 512 << 20
        thread.start()
        done.wait()
        return result!
    }
}
