import Foundation
import Script

/// Interrupts a running cell when its time is up: a thread waits for the deadline and then
/// requests an interrupt on the cell's own `InterruptFlag`, repeating every quarter second in
/// case the cell swallows the `KeyboardInterrupt` (a bare `except:` inside a loop). The runner
/// gives each cell a fresh flag, so a request that lands just after the cell ended cannot
/// interrupt the next one.
final class CellWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private let wake = DispatchSemaphore(value: 0)
    private var finished = false
    private var fired = false

    /// Starts watching; `seconds` nil means no limit (then nothing is started).
    init(flag: InterruptFlag, seconds: Double?) {
        guard let seconds else { return }
        let thread = Thread { [self] in
            var deadline = DispatchTime.now() + max(0, seconds)
            while wake.wait(timeout: deadline) == .timedOut {
                lock.lock()
                if !finished {
                    fired = true
                    flag.request()
                }
                lock.unlock()
                deadline = DispatchTime.now() + 0.25
            }
        }
        thread.start()
    }

    /// Stops the watch once the cell has ended; true when the deadline had passed.
    func finish() -> Bool {
        lock.lock()
        finished = true
        let result = fired
        lock.unlock()
        wake.signal()
        return result
    }
}
