import Foundation
import XCTest
@testable import TensorCore

/// The vectorised float64 exp (CVectorMath) against glibc's `exp` (correctly rounded in practice): at most
/// 1 ulp apart over the whole domain, special values exact, and the same bits from the
/// eight-lane block kernel as from the scalar function.
final class VectorExpTests: XCTestCase {
    /// Distance in units in the last place between two finite doubles or equal infinities.
    private func ulps(_ a: Double, _ b: Double) -> UInt64 {
        func ordered(_ x: Double) -> Int64 {
            let bits = Int64(bitPattern: x.bitPattern)
            return bits < 0 ? Int64.min &- bits : bits
        }
        let d = ordered(a).subtractingReportingOverflow(ordered(b)).partialValue
        return d.magnitude
    }

    /// Runs the block kernel over `inputs` and returns the largest ulp distance from glibc.
    private func maxUlps(_ inputs: [Double], file: StaticString = #filePath, line: UInt = #line) -> UInt64 {
        var out = [Double](repeating: 0, count: inputs.count)
        inputs.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in Double.exp(src.baseAddress!, dst.baseAddress!, count: src.count) }
        }
        var worst: UInt64 = 0
        for (x, y) in zip(inputs, out) {
            let distance = ulps(y, Foundation.exp(x))
            if distance > worst { worst = distance }
            if distance > 1 { XCTFail("exp(\(x)) = \(y), glibc \(Foundation.exp(x))", file: file, line: line); break }
        }
        return worst
    }

    /// SplitMix64: a fixed, seeded stream of inputs.
    private struct Stream {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func uniform(_ lo: Double, _ hi: Double) -> Double {
            lo + (hi - lo) * Double(next() >> 11) * 0x1p-53
        }
    }

    func testWithinOneUlpOfGlibcOverTheWholeRange() {
        var stream = Stream(state: 3)
        let ranges: [(Double, Double, Int)] = [
            (-746, 710, 1_000_000),        // the whole domain with finite, non-zero results
            (0, 1, 500_000),               // np.random.rand and softmax arguments
            (-1, 0, 500_000),
            (-20, 20, 500_000),
            (-745.2, -708, 200_000),       // subnormal results and the two-step scaling
            (708, 709.79, 200_000),        // the top binade and overflow
        ]
        for (lo, hi, count) in ranges {
            let inputs = (0..<count).map { _ in stream.uniform(lo, hi) }
            XCTAssertLessThanOrEqual(maxUlps(inputs), 1, "range \(lo) ... \(hi)")
        }
        // Tiny arguments, 2^-1074 to 2^-1, both signs: exp rounds to 1 or just below/above it.
        let tiny = (0..<400_000).map { i -> Double in
            let magnitude = Double(sign: .plus, exponent: -Int(stream.next() % 1074) - 1, significand: 1 + stream.uniform(0, 1))
            return i % 2 == 0 ? magnitude : -magnitude
        }
        XCTAssertLessThanOrEqual(maxUlps(tiny), 1)
        // About a million doubles per sign spread evenly over the bit patterns of the domain.
        var walk: [Double] = []
        for sign in [0, 1] as [UInt64] {
            var bits: UInt64 = 0
            while bits < 0x4087_0000_0000_0000 { walk.append(Double(bitPattern: bits | sign << 63)); bits += 1 << 42 | 0x9_8765 }
        }
        XCTAssertLessThanOrEqual(maxUlps(walk), 1)
    }

    func testSpecialValuesAreExact() {
        let specials: [Double] = [
            0, -0.0, 1, -1, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
            .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 708, -708, 709.782712893384, 709.7827128933841,
            709.79, 710, 1e300, -745.1332191019411, -745.1332191019412, -745.2, -746, -1e300,
        ]
        var out = [Double](repeating: 0, count: specials.count)
        Double.exp(specials, &out, count: specials.count)
        for (x, y) in zip(specials, out) {
            XCTAssertEqual(y.bitPattern, Foundation.exp(x).bitPattern, "exp(\(x)) = \(y)")
            XCTAssertEqual(Double.exp(x).bitPattern, Foundation.exp(x).bitPattern, "scalar exp(\(x))")
        }
        XCTAssertEqual(Double.exp(0), 1)
        XCTAssertEqual(Double.exp(-.infinity), 0)
        XCTAssertEqual(Double.exp(.infinity), .infinity)
        XCTAssertTrue(Double.exp(.nan).isNaN)
        let mixed: [Double] = [0.5, .nan, -1, 800, -800, .infinity, -.infinity, 2, 3]
        var mixedOut = [Double](repeating: 0, count: mixed.count)
        Double.exp(mixed, &mixedOut, count: mixed.count)
        XCTAssertTrue(mixedOut[1].isNaN)
        XCTAssertEqual(Array(mixedOut[3...6]), [.infinity, 0, .infinity, 0])
    }

    func testBlockKernelGivesTheScalarBits() {
        var stream = Stream(state: 11)
        let inputs = (0..<100_003).map { _ in stream.uniform(-30, 30) }
        var out = [Double](repeating: 0, count: inputs.count)
        Double.exp(inputs, &out, count: inputs.count)
        for (x, y) in zip(inputs, out) where Double.exp(x).bitPattern != y.bitPattern {
            XCTFail("exp(\(x)): block \(y), scalar \(Double.exp(x))")
            break
        }
    }
}
