import XCTest
@testable import TensorCore

/// Large buffers freed by kernels are recycled only for outputs that kernels overwrite:
/// a zero-filled allocation never sees an earlier tensor's elements.
final class LargeBufferTests: XCTestCase {
    func testRecycledBuffersNeverReachZeroFilledAllocations() throws {
        let count = 1 << 20   // 8 MB of float64: above the size that gets its own mapping
        let ones = try Tensor.ones([count])
        for _ in 0..<3 {
            // exp's output is freed at once and kept for reuse.
            _ = try ones.apply(.exp)
            let zeros = try Tensor.zeros([count])
            XCTAssertTrue(try zeros.values(as: Double.self).allSatisfy { $0 == 0 })
        }
    }

    func testRecycledBuffersAreFullyOverwritten() throws {
        let count = 1 << 20
        let x = try Tensor.ones([count])
        let freed = try x.apply(.exp).storage.raw
        // The same size again takes the recycled mapping: every element must be the kernel's.
        let y = try x.apply(.sqrt)
        XCTAssertEqual(y.storage.raw, freed)
        XCTAssertTrue(try y.values(as: Double.self).allSatisfy { $0 == 1 })
        let sum = try Tensor.arithmetic(.add, .tensor(x), .tensor(y))
        XCTAssertTrue(try sum.values(as: Double.self).allSatisfy { $0 == 2 })
    }
}
