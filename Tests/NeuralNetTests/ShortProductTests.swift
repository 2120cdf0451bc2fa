import CVectorMath
import XCTest

/// The LSTM's per-step product (CVectorMath's `nlpnb_short_product_f32`) against its
/// definition: every element the sum over k in order, one fused multiply-add at a time,
/// bit for bit, for shapes that reach every tile size, the column tail, strided operands
/// and sums long enough to run in several chunks.
final class ShortProductTests: XCTestCase {
    func testEveryElementIsTheInOrderFusedSum() {
        var state: UInt32 = 12345
        func next() -> Float {
            state = state &* 1_664_525 &+ 1_013_904_223
            return Float(state >> 8) / Float(1 << 24) - 0.5
        }
        for (m, n, k) in [(16, 512, 128), (16, 128, 512), (13, 76, 19), (9, 48, 300), (3, 40, 7), (1, 1, 1), (5, 17, 0)] {
            // Leading dimensions wider than the matrices, as for one core's rows of a step.
            let (lda, ldb, ldc) = (k + 3, n + 5, n + 2)
            let a = (0..<(m * lda)).map { _ in next() }, b = (0..<(max(k, 1) * ldb)).map { _ in next() }
            var c = [Float](repeating: .nan, count: m * ldc)
            nlpnb_short_product_f32(a, lda, b, ldb, &c, ldc, m, n, k)
            for r in 0..<m {
                for j in 0..<n {
                    var sum: Float = 0
                    for p in 0..<k { sum = sum.addingProduct(a[r * lda + p], b[p * ldb + j]) }
                    XCTAssertEqual(c[r * ldc + j].bitPattern, sum.bitPattern, "\(m)×\(n)×\(k) at [\(r)][\(j)]")
                    if c[r * ldc + j].bitPattern != sum.bitPattern { return }
                }
            }
        }
    }
}
