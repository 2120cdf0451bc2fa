import Dispatch
import Foundation

/// Runs `body(chunk)` for every chunk in `0..<count`, spread over the machine's cores.
///
/// The calling thread works too and takes chunks as they come (libdispatch's
/// `concurrentPerform`), so when the other cores are busy with other programs the caller
/// simply does more of the chunks itself instead of waiting for a sleeping thread: this is
/// what keeps a matrix-vector product fast on a loaded machine, where BLAS's spinning
/// threads lose most of their time yielding to each other.
func parallelChunks(_ count: Int, _ body: (Int) -> Void) {
    if count <= 1 || processorCount == 1 {
        for chunk in 0..<count { body(chunk) }
        return
    }
    DispatchQueue.concurrentPerform(iterations: count, execute: body)
}

private let processorCount = ProcessInfo.processInfo.activeProcessorCount
