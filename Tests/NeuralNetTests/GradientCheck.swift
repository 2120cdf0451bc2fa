import XCTest
import TensorCore
@testable import NeuralNet

/// Compares an op's autodiff gradients with central finite differences.
///
/// The checked scalar is Σ f(inputs) · R for a fixed random R, so every output element
/// contributes with a different weight. Inputs are float32; the loss is summed in Double,
/// and the step is large enough (1e-2) that float32 rounding stays below the tolerance.
func checkGradients(_ shapes: [[Int]], seed: UInt32 = 7, avoidZero: Bool = false, tolerance: Double = 2e-2,
                    file: StaticString = #filePath, line: UInt = #line,
                    _ f: ([Variable]) throws -> Variable) throws {
    let generator = RandomState(seed: seed)
    let inputs: [FloatTensor] = try shapes.map { shape in
        let draws = try generator.uniform(low: -1, high: 1, count: shape.reduce(1, *))
        // Kinked functions (relu, max, clip) are only differentiable away from their kinks.
        return FloatTensor(shape: shape, data: draws.map { avoidZero ? Float($0 < 0 ? $0 - 0.2 : $0 + 0.2) : Float($0) })
    }
    let leaves = inputs.map { Variable($0, requiresGrad: true) }
    let output = try f(leaves)
    let weights = try generator.uniform(low: -1, high: 1, count: output.value.count).map { Float($0) }
    let loss = try output.multiply(Variable(FloatTensor(shape: output.shape, values: weights))).sum()
    loss.backward()

    func lossValue(_ values: [FloatTensor]) throws -> Double {
        let out = try f(values.map { Variable($0) }).value.data
        return zip(out, weights).reduce(0) { $0 + Double($1.0) * Double($1.1) }
    }
    let step: Float = 1e-2
    for (index, input) in inputs.enumerated() {
        let analytic = leaves[index].grad?.data ?? [Float](repeating: 0, count: input.count)
        XCTAssertEqual(leaves[index].grad?.shape ?? input.shape, input.shape, "gradient shape of input \(index)", file: file, line: line)
        for element in 0..<input.count {
            var plus = inputs, minus = inputs
            plus[index].data[element] += step
            minus[index].data[element] -= step
            let numeric = (try lossValue(plus) - lossValue(minus)) / (2 * Double(step))
            let error = abs(numeric - Double(analytic[element]))
            XCTAssertLessThanOrEqual(error, tolerance * max(1, abs(numeric)),
                                     "input \(index) element \(element): autodiff \(analytic[element]) vs numeric \(numeric)",
                                     file: file, line: line)
        }
    }
}
