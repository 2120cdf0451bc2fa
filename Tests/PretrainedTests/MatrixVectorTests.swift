import TensorCore
import XCTest
@testable import Pretrained

/// The decode step's matrix-vector kernel against BLAS's matrix product, for both weight
/// layouts, with and without bias, at sizes that leave ragged vector tails and chunk edges.
final class MatrixVectorTests: XCTestCase {
    private func random(_ shape: [Int], seed: UInt64) throws -> Tensor {
        let random = SplitMixRandom(seed: seed)
        let count = shape.reduce(1, *)
        return try Tensor(shape: shape, values: (0..<count).map { _ in Float(random.nextNormal()) })
    }

    func testSingleRowMatchesTheMatrixProduct() throws {
        for (inputs, outputs) in [(1, 1), (7, 5), (33, 70), (768, 2304), (300, 1001)] {
            for torchLayout in [false, true] {
                for withBias in [false, true] {
                    let seed = UInt64(inputs * 10_000 + outputs)
                    let weight = torchLayout ? try random([outputs, inputs], seed: seed).T : try random([inputs, outputs], seed: seed)
                    let bias = withBias ? try random([outputs], seed: seed + 1) : nil
                    let linear = Linear(weight: weight, bias: bias)
                    let x = try random([1, 1, inputs], seed: seed + 2)
                    var expected = try Tensor.matmul(x, weight)
                    if let bias { expected = try expected + bias }
                    let label = "\(inputs)x\(outputs) torch layout \(torchLayout) bias \(withBias)"
                    let got = try linear(x)
                    XCTAssertEqual(got.shape, [1, 1, outputs], label)
                    let scale = Float(inputs).squareRoot()
                    for (a, b) in zip(try got.values(as: Float.self), try expected.values(as: Float.self)) {
                        XCTAssertEqual(a, b, accuracy: 1e-5 * scale, label)
                    }
                }
            }
        }
    }

    func testManyRowsStillUseTheMatrixProduct() throws {
        let weight = try random([6, 4], seed: 3)
        let x = try random([2, 3, 6], seed: 4)
        XCTAssertTrue(try Tensor.allclose(.tensor(Linear(weight: weight, bias: nil)(x)), .tensor(Tensor.matmul(x, weight)), rtol: 1e-5, atol: 1e-6))
    }
}
