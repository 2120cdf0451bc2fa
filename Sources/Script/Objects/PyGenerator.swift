import Foundation

/// Runs a generator function's body as a coroutine on its own thread. Only one side
/// runs at a time: `resume` hands control to the body and waits until it yields or
/// ends; `yield` hands a value back and waits to be resumed. So the interpreter's state
/// is never touched by two threads at once.
final class GeneratorRunner: @unchecked Sendable {
    /// Started, unfinished generators hold a thread each; past this many, starting another
    /// raises RuntimeError rather than exhausting the process's threads.
    static let maxLiveThreads = 1000
    nonisolated(unsafe) private static var liveThreads = 0

    private let toBody = DispatchSemaphore(value: 0)
    private let toCaller = DispatchSemaphore(value: 0)
    private var started = false
    private(set) var finished = false
    private var closing = false
    private var sentValue: Value = .none
    private var yielded: Value?
    private var failure: PyException?
    private let body: (GeneratorRunner) throws -> Void

    init(body: @escaping (GeneratorRunner) throws -> Void) {
        self.body = body
    }

    /// Runs the body until its next `yield`; nil when the body has returned.
    func resume(sending value: Value = .none) throws -> Value? {
        if finished { return nil }
        sentValue = value
        if !started {
            if GeneratorRunner.liveThreads >= GeneratorRunner.maxLiveThreads {
                throw PyException(.runtimeError, "too many suspended generators (limit \(GeneratorRunner.maxLiveThreads))")
            }
            GeneratorRunner.liveThreads += 1
            started = true
            let thread = Thread { [self] in
                self.toBody.wait()
                do {
                    if !self.closing { try self.body(self) }
                } catch let e as PyException {
                    if !(self.closing && e.cls === PyClass.generatorExit) { self.failure = e }
                } catch {
                    self.failure = PyException(.runtimeError, "\(error)")
                }
                self.finished = true
                self.yielded = nil
                GeneratorRunner.liveThreads -= 1
                self.toCaller.signal()
            }
            thread.stackSize = 64 << 20
            thread.start()
        }
        toBody.signal()
        toCaller.wait()
        if let f = failure {
            failure = nil
            throw f
        }
        return finished ? nil : yielded
    }

    /// Called by the body at `yield value`: hands the value out and waits.
    func yieldValue(_ value: Value) throws -> Value {
        yielded = value
        toCaller.signal()
        toBody.wait()
        if closing { throw PyException(cls: .generatorExit, args: []) }
        return sentValue
    }

    /// Ends a suspended generator (raising GeneratorExit inside it) so its thread exits.
    func close() {
        guard started, !finished else {
            if !started {
                // Never started: let the thread-free runner be dropped.
                finished = true
            }
            return
        }
        closing = true
        toBody.signal()
        toCaller.wait()
    }
}

/// The generator object a generator function returns.
final class PyGenerator: PyObject {
    let runner: GeneratorRunner
    let name: String

    init(name: String, runner: GeneratorRunner) {
        self.name = name
        self.runner = runner
    }

    deinit { runner.close() }
}
