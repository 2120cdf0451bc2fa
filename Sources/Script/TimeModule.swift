import Foundation

/// The native `time` module: clocks for measuring code (`perf_counter`, `monotonic`,
/// `time`) and `sleep`, which wakes every 10 ms so Ctrl-C or a notebook timeout interrupts it.
extension Interpreter {
    func makeTimeModule() -> PyModule {
        func clock(_ name: String, _ id: clockid_t) -> Value {
            function(name) { _, args in
                try args.expect(name, 0...0)
                var now = timespec()
                clock_gettime(id, &now)
                return .float(Double(now.tv_sec) + Double(now.tv_nsec) / 1e9)
            }
        }
        let sleep = function("sleep", parameters: ["secs"]) { interp, args in
            try args.expect("sleep", 1...1)
            let seconds = try interp.toDouble(args[0])
            guard seconds >= 0 else { throw PyException(.valueError, "sleep length must be non-negative") }
            guard seconds.isFinite else { throw PyException(.overflowError, "sleep length is too large") }
            let deadline = Date().addingTimeInterval(seconds)
            while true {
                try interp.slowTick()
                let left = deadline.timeIntervalSinceNow
                if left <= 0 { return .none }
                usleep(useconds_t(min(left, 0.01) * 1_000_000))
            }
        }
        return makeModule("time", [
            "perf_counter": clock("perf_counter", CLOCK_MONOTONIC),
            "monotonic": clock("monotonic", CLOCK_MONOTONIC),
            "time": clock("time", CLOCK_REALTIME),
            "process_time": clock("process_time", CLOCK_PROCESS_CPUTIME_ID),
            "sleep": sleep,
        ])
    }
}
