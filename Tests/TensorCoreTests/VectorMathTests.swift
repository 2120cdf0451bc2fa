import Foundation
import XCTest
@testable import TensorCore

/// The vector kernels for log and tanh (float64 and float32) and exp (float32) against 80-bit
/// references rounded to the element type: float64 results within 1 ulp of the correctly
/// rounded value, float32 results correctly rounded on these samples, special values as C's
/// functions give them, and the same bits for an element alone as in a block; sqrt exact.
final class VectorMathTests: XCTestCase {
    typealias Kernel<T> = (UnsafePointer<T>, UnsafeMutablePointer<T>, Int) -> Void

    /// A fixed stream of inputs: uniform in [lo, hi], or log-uniform when `logarithmic`.
    private func inputs(_ count: Int, _ lo: Double, _ hi: Double, logarithmic: Bool = false, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let u = Double(state >> 11) * 0x1p-53
            return logarithmic ? Foundation.exp(Foundation.log(lo) + (Foundation.log(hi) - Foundation.log(lo)) * u) : lo + (hi - lo) * u
        }
    }

    private func ordered(_ bits: Int64) -> Int64 { bits < 0 ? Int64.min &- bits : bits }

    /// Largest distance in ulps from the reference over `xs`, checking that each element
    /// alone gives the block's bits.
    private func worstUlps<T: BinaryFloatingPoint>(_ xs: [T], _ kernel: Kernel<T>, _ reference: (Float80) -> Float80,
                                                   bits: (T) -> Int64) -> Int64 {
        var out = [T](repeating: 0, count: xs.count)
        xs.withUnsafeBufferPointer { src in out.withUnsafeMutableBufferPointer { kernel(src.baseAddress!, $0.baseAddress!, xs.count) } }
        var worst: Int64 = 0
        for (i, (x, y)) in zip(xs, out).enumerated() {
            let expected = T(reference(Float80(x)))
            if expected.isNaN && y.isNaN { continue }
            worst = max(worst, Swift.abs(ordered(bits(y)) &- ordered(bits(expected))))
            if i % 97 == 0 {
                var single = x, alone = T(0)
                kernel(&single, &alone, 1)
                XCTAssertEqual(bits(alone), bits(y), "\(x): alone \(alone), in a block \(y)")
            }
        }
        return worst
    }

    private func check64(_ name: String, _ kernel: Kernel<Double>, _ reference: (Float80) -> Float80, _ xs: [Double],
                         line: UInt = #line) {
        let worst = worstUlps(xs, kernel, reference) { Int64(bitPattern: $0.bitPattern) }
        XCTAssertLessThanOrEqual(worst, 1, "float64 \(name)", line: line)
    }

    private func check32(_ name: String, _ kernel: Kernel<Float>, _ reference: (Float80) -> Float80, _ xs: [Double],
                         line: UInt = #line) {
        let worst = worstUlps(xs.map { Float($0) }, kernel, reference) { Int64(Int32(bitPattern: $0.bitPattern)) }
        XCTAssertEqual(worst, 0, "float32 \(name)", line: line)
    }

    func testLog() {
        let ranges = [inputs(300_000, 1e-300, 1e300, logarithmic: true, seed: 1), inputs(300_000, 0.5, 2, seed: 2),
                      inputs(300_000, 0.99, 1.01, seed: 3), inputs(20_000, .leastNonzeroMagnitude, 1e-308, logarithmic: true, seed: 4)]
        for xs in ranges { check64("log", Double.log, Foundation.log, xs) }
        for xs in [inputs(300_000, 1e-45, 3e38, logarithmic: true, seed: 5), inputs(300_000, 0.9, 1.1, seed: 6)] {
            check32("log", Float.log, Foundation.log, xs)
        }
    }

    func testTanh() {
        let ranges = [inputs(300_000, -5, 5, seed: 7), inputs(300_000, -0.7, 0.7, seed: 8),
                      inputs(300_000, 1e-300, 30, logarithmic: true, seed: 9), inputs(100_000, -25, -0.5, seed: 10)]
        for xs in ranges {
            check64("tanh", Double.tanh, Foundation.tanh, xs)
            check32("tanh", Float.tanh, Foundation.tanh, xs)
        }
    }

    func testFloatExp() {
        for xs in [inputs(300_000, -104, 89, seed: 11), inputs(300_000, -1, 1, seed: 12), inputs(100_000, 1e-30, 1, logarithmic: true, seed: 13)] {
            check32("exp", Float.exp, Foundation.exp, xs)
        }
    }

    /// Square roots are correctly rounded: the same bits as Swift's own.
    func testSqrtIsExact() {
        let xs = inputs(100_003, 0, 1e6, seed: 14) + [0, -0.0, -1, .infinity, .nan, .leastNonzeroMagnitude]
        var out = [Double](repeating: 0, count: xs.count)
        Double.sqrt(xs, &out, count: xs.count)
        XCTAssertEqual(out.map(\.bitPattern), xs.map { $0.squareRoot().bitPattern })
        let floats = xs.map { Float($0) }
        var floatOut = [Float](repeating: 0, count: floats.count)
        Float.sqrt(floats, &floatOut, count: floats.count)
        XCTAssertEqual(floatOut.map(\.bitPattern), floats.map { $0.squareRoot().bitPattern })
    }

    /// What C's functions give for infinities, zeros, NaN, negative and extreme arguments.
    func testSpecialValuesMatchC() {
        let specials: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .nan, 2, 0.5, 0x1p-1030, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                                  20, 21, 1e308, -1e308, .greatestFiniteMagnitude]
        for (name, kernel, c) in [("log", Double.log as Kernel<Double>, Foundation.log as (Double) -> Double),
                                  ("tanh", Double.tanh, Foundation.tanh)] {
            var out = [Double](repeating: 0, count: specials.count)
            kernel(specials, &out, specials.count)
            for (x, y) in zip(specials, out) where !(y.isNaN && c(x).isNaN) {
                XCTAssertEqual(y.bitPattern, c(x).bitPattern, "\(name)(\(x)) = \(y)")
            }
        }
        let floats: [Float] = [0, -0.0, 1, -1, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 100, -200, 3e38, 89, 88.7, -104, 10, 12]
        for (name, kernel, c) in [("exp", Float.exp as Kernel<Float>, expf as (Float) -> Float), ("log", Float.log, logf),
                                  ("tanh", Float.tanh, tanhf)] {
            var out = [Float](repeating: 0, count: floats.count)
            kernel(floats, &out, floats.count)
            for (x, y) in zip(floats, out) where !(y.isNaN && c(x).isNaN) {
                XCTAssertEqual(y.bitPattern, c(x).bitPattern, "float32 \(name)(\(x)) = \(y)")
            }
        }
    }
}
