import Foundation
import XCTest
@testable import Pretrained

/// The branch-free exp and erf the activation and softmax loops use, against libm over a
/// dense sweep of their working range, and the activations built on them.
final class VectorMathTests: XCTestCase {
    private let sweep = stride(from: -20.0, through: 20.0, by: 0.001).map { Float($0) }

    func testExpIsWithinTwoUlpOfLibm() {
        for x in sweep + [-87, 88, 1e-7, -1e-7, 0] {
            let expected = expf(x)
            XCTAssertLessThanOrEqual(abs(vectorizableExp(x) - expected), 2 * expected.ulp, "exp(\(x))")
        }
        XCTAssertEqual(vectorizableExp(-1000), Float.leastNormalMagnitude, accuracy: Float.leastNormalMagnitude)
        XCTAssertTrue(vectorizableExp(1000).isFinite)
    }

    func testErfIsWithinItsBoundOfLibm() {
        for x in sweep { XCTAssertEqual(vectorizableErf(x), erff(x), accuracy: 5e-7, "erf(\(x))") }
    }

    func testActivationsMatchTheirFormulas() {
        let formulas: [(Activation, (Double) -> Double)] = [
            (.gelu, { 0.5 * $0 * (1 + Foundation.erf($0 / 2.0.squareRoot())) }),
            (.geluTanh, { 0.5 * $0 * (1 + Foundation.tanh((2 / Double.pi).squareRoot() * ($0 + 0.044715 * $0 * $0 * $0))) }),
            (.relu, { max($0, 0) }),
            (.tanh, { Foundation.tanh($0) }),
            (.silu, { $0 / (1 + Foundation.exp(-$0)) }),
        ]
        for (activation, formula) in formulas {
            var values = sweep
            activation.apply(&values, count: values.count)
            for (x, y) in zip(sweep, values) {
                XCTAssertEqual(Double(y), formula(Double(x)), accuracy: 1e-6 * max(1, abs(Double(x))), "\(activation)(\(x))")
            }
        }
    }
}
