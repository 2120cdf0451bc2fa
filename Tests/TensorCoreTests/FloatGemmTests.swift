import XCTest
import TensorCore

/// `BLAS.multiplyFloat32`, the raw-buffer product other modules use, in all four layouts,
/// through BLAS and the portable loop, against a Double reference.
final class FloatGemmTests: XCTestCase {
    override func tearDown() { BLAS.isEnabled = true }

    private func product(_ a: [Float], _ transposeA: Bool, _ b: [Float], _ transposeB: Bool, m: Int, n: Int, k: Int) -> [Float] {
        var c = [Float](repeating: .nan, count: m * n)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    BLAS.multiplyFloat32(pa.baseAddress!, transposeA: transposeA, pb.baseAddress!, transposeB: transposeB,
                                         into: pc.baseAddress!, m: m, n: n, k: k)
                }
            }
        }
        return c
    }

    func testAllLayoutsMatchAReference() {
        let (m, n, k) = (5, 3, 7)
        let a = (0..<(m * k)).map { Float($0 % 11) * 0.25 - 1 }
        let b = (0..<(k * n)).map { Float($0 % 7) * 0.5 - 1.5 }
        for blas in [true, false] {
            BLAS.isEnabled = blas
            for transposeA in [false, true] {
                for transposeB in [false, true] {
                    // The same logical operands stored the other way round when transposed.
                    let storedA = transposeA ? (0..<(k * m)).map { a[($0 % m) * k + $0 / m] } : a
                    let storedB = transposeB ? (0..<(n * k)).map { b[($0 % k) * n + $0 / k] } : b
                    let c = product(storedA, transposeA, storedB, transposeB, m: m, n: n, k: k)
                    for i in 0..<m {
                        for j in 0..<n {
                            let expected = (0..<k).reduce(0.0) { $0 + Double(a[i * k + $1]) * Double(b[$1 * n + j]) }
                            XCTAssertEqual(Double(c[i * n + j]), expected, accuracy: 1e-5, "blas \(blas) tA \(transposeA) tB \(transposeB)")
                        }
                    }
                }
            }
        }
    }

    func testEmptyInnerDimensionGivesZeros() {
        XCTAssertEqual(product([], false, [], false, m: 2, n: 2, k: 0), [0, 0, 0, 0])
        XCTAssertEqual(product([1], false, [], false, m: 0, n: 2, k: 1), [])
    }

    /// Blocks of larger matrices (leading dimensions), added to what C holds: C's padding
    /// columns keep their values, and each block element is 1 (held) + the product.
    func testLeadingDimensionsAndAccumulation() {
        let (m, n, k) = (4, 3, 5)
        let (lda, ldb, ldc) = (k + 2, k + 1, n + 3)
        // A is m×k inside rows of lda; B is stored transposed, n×k inside rows of ldb.
        let a = (0..<(m * lda)).map { Float($0 % 9) * 0.5 - 2 }
        let b = (0..<(n * ldb)).map { Float($0 % 5) * 0.75 - 1 }
        for blas in [true, false] {
            BLAS.isEnabled = blas
            var c = [Float](repeating: 1, count: m * ldc)
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        BLAS.multiplyFloat32(pa.baseAddress!, transposeA: false, pb.baseAddress!, transposeB: true,
                                             into: pc.baseAddress!, m: m, n: n, k: k, lda: lda, ldb: ldb, ldc: ldc,
                                             accumulating: true)
                    }
                }
            }
            for i in 0..<m {
                for j in 0..<ldc {
                    let expected = j < n ? 1 + (0..<k).reduce(0.0) { $0 + Double(a[i * lda + $1]) * Double(b[j * ldb + $1]) } : 1
                    XCTAssertEqual(Double(c[i * ldc + j]), expected, accuracy: 1e-5, "blas \(blas) row \(i) column \(j)")
                }
            }
        }
    }
}
