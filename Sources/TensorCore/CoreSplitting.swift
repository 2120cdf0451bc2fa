import Foundation

/// Splitting work over both cores, for engines outside TensorCore (autodiff) that run their
/// own loops between BLAS calls.
public enum CoreSplitting {
    /// Runs `body` over `0..<count`: in two halves on two threads when `worthwhile`, else at once.
    public static func split(_ count: Int, worthwhile: Bool, _ body: (Range<Int>) -> Void) {
        guard worthwhile else { return body(0..<count) }
        parallelRanges(count, work: parallelThreshold, body)
    }

    /// Runs `body` with OpenBLAS on one thread, for code that splits its small products over
    /// the cores itself: otherwise OpenBLAS's own second thread would spin (sched_yield)
    /// between those products, fighting the caller's threads for the same two cores.
    public static func withSingleThreadedBLAS<T>(_ body: () throws -> T) rethrows -> T {
        guard let threads = openBLASThreads else { return try body() }
        let previous = threads.get()
        threads.set(1)
        defer { threads.set(previous) }
        return try body()
    }

    private typealias SetThreads = @convention(c) (Int32) -> Void
    private typealias GetThreads = @convention(c) () -> Int32

    /// OpenBLAS's thread-count functions, from the library `BLAS` loaded (nil for another BLAS).
    nonisolated(unsafe) private static let openBLASThreads: (get: () -> Int32, set: (Int32) -> Void)? = {
        guard let name = BLAS.libraryName, let handle = dlopen(name, RTLD_NOW | RTLD_NOLOAD),
              let setter = dlsym(handle, "openblas_set_num_threads"),
              let getter = dlsym(handle, "openblas_get_num_threads") else { return nil }
        let set = unsafeBitCast(setter, to: SetThreads.self), get = unsafeBitCast(getter, to: GetThreads.self)
        return ({ get() }, { set($0) })
    }()
}
