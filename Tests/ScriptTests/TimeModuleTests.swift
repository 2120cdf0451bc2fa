import Foundation
import XCTest
@testable import Script

/// The `time` module: clocks that move forward, a sleep that lasts, and a sleep that Ctrl-C
/// (or a notebook timeout) cuts short with KeyboardInterrupt.
final class TimeModuleTests: XCTestCase {
    func testClocksAndSleep() {
        let result = runScript("""
            import time
            start = time.perf_counter()
            time.sleep(0.05)
            elapsed = time.perf_counter() - start
            print(0.05 <= elapsed < 5, time.time() > 1.7e9, type(time.monotonic()).__name__)
            """)
        XCTAssertEqual(result.output, "True True float\n", result.traceback ?? "")
    }

    func testBadSleepLengthsAreValueErrors() {
        let result = runScript("import time\ntime.sleep(-1)\n")
        XCTAssertEqual(result.errorLine, "ValueError: sleep length must be non-negative")
    }

    func testSleepIsInterruptible() {
        let flag = InterruptFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { flag.request() }
        let started = Date()
        let result = runScript("import time\ntime.sleep(30)\n") { $0.interrupt = flag }
        XCTAssertEqual(result.errorLine, "KeyboardInterrupt")
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }
}
