#if canImport(Glibc)
import Glibc
#endif

/// Tells glibc's allocator to keep freed memory for reuse instead of handing it back to the
/// kernel: no trimming of an arena's top, and the mmap threshold at glibc's largest dynamic
/// value, so tensors up to 32 MB come from the heap and a freed one serves the next.
///
/// Not done: limiting glibc to one arena (M_ARENA_MAX 1). Scripts run on their own thread,
/// whose arena grows in separate 64 MB heaps that glibc unmaps whenever one is wholly free,
/// whatever the trim threshold; LSTM training maps and unmaps one per batch (8 s of system
/// time in the 20,000-sequence benchmark: 882 samples/s, against 1486 with one arena). But
/// with one arena the tokenizers' threads, which allocate a string per word, wait on its
/// lock: BPE throughput fell from 5.0 to 2.5 MB/s. Running scripts on the main thread, or
/// reusing tensor buffers in training, would fix the first without the second.
func keepFreedMemoryForReuse() {
    #if canImport(Glibc)
    // Swift's Glibc module leaves out <malloc.h>: `mallopt` is looked up, and its option
    // numbers are that header's (M_TRIM_THRESHOLD, M_MMAP_THRESHOLD).
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let symbol = dlsym(nil, "mallopt") else { return }  // nil: RTLD_DEFAULT, every loaded library
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    let (trimThreshold, mmapThreshold): (Int32, Int32) = (-1, -3)
    _ = mallopt(trimThreshold, Int32.max)
    _ = mallopt(mmapThreshold, 32 << 20)
    #endif
}
