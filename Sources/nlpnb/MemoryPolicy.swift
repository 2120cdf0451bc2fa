#if canImport(Glibc)
import Glibc
#endif

/// Tells glibc's allocator to keep freed memory for reuse instead of handing it back to the
/// kernel. Training allocates and frees tens of megabytes of tensors at every batch (gates,
/// gradients, an embedding table's gradient), from the script's own thread, whose arena
/// glibc grows in separate 64 MB heaps: each batch mapped a fresh heap and unmapped it
/// again, and the kernel zeroed every page of it on first touch. That took a fifth of the
/// CPU time of the LSTM training benchmark (system time 8 s of 38). With one arena (the
/// main one), no trimming of its top and the mmap threshold at glibc's largest dynamic
/// value, a batch reuses the last batch's memory; the process keeps its peak size until
/// it exits, as TensorFlow's allocator does.
func keepFreedMemoryForReuse() {
    #if canImport(Glibc)
    // Swift's Glibc module leaves out <malloc.h>: `mallopt` is looked up, and its option
    // numbers are that header's (M_ARENA_MAX, M_TRIM_THRESHOLD, M_MMAP_THRESHOLD).
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let symbol = dlsym(nil, "mallopt") else { return }  // nil: RTLD_DEFAULT, every loaded library
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    let (arenaMax, trimThreshold, mmapThreshold): (Int32, Int32, Int32) = (-8, -1, -3)
    _ = mallopt(arenaMax, 1)
    _ = mallopt(trimThreshold, Int32.max)
    _ = mallopt(mmapThreshold, 32 << 20)
    #endif
}
