import XCTest
import TensorCore
@testable import NeuralNet

final class AutodiffTests: XCTestCase {
    func testBroadcastingArithmetic() throws {
        try checkGradients([[2, 3], [3]]) { try $0[0].add($0[1]) }
        try checkGradients([[2, 3], [2, 1]]) { try $0[0].subtract($0[1]) }
        try checkGradients([[4, 1, 3], [2, 1]]) { try $0[0].multiply($0[1]) }
        try checkGradients([[2, 3], [3]]) { try $0[0].divide($0[1].affine(scale: 1, shift: 3)) }
        try checkGradients([[3]]) { $0[0].affine(scale: -2.5, shift: 1) }
    }

    func testBroadcastShapeMismatchIsAValueError() {
        let a = Variable(.zeros([2, 3])), b = Variable(.zeros([4]))
        XCTAssertThrowsError(try a.add(b)) { error in
            XCTAssertEqual((error as? TensorError)?.description, "ValueError: operands could not be broadcast together with shapes (2, 3) (4,)")
        }
    }

    func testMatmul() throws {
        try checkGradients([[3, 4], [4, 2]]) { try $0[0].matmul($0[1]) }
        try checkGradients([[2, 3, 4], [4, 5]]) { try $0[0].matmul($0[1]) }
        try checkGradients([[2, 3, 4], [2, 4, 2]]) { try $0[0].matmul($0[1]) }
        XCTAssertThrowsError(try Variable(.zeros([2, 3])).matmul(Variable(.zeros([4, 2]))))
    }

    /// The fused LSTM sequence (x, h₀, c₀, U → every step's [h | c]) against finite
    /// differences for all four inputs: forwards, backwards, and with masked steps.
    func testFusedLSTMSequence() throws {
        let keep = try FloatTensor(shape: [2, 4], values: [1, 0, 1, 1, 0, 0, 1, 1])
        for (mask, backwards) in [(nil, false), (nil, true), (keep, false), (keep, true)] {
            try checkGradients([[2, 4, 12], [2, 3], [2, 3], [3, 12]]) {
                try Variable.lstmSequence(projected: $0[0], h0: $0[1], c0: $0[2], recurrent: $0[3], keep: mask, backwards: backwards)
            }
        }
    }

    /// At a size that splits each step over both cores, the fused sequence (value and every
    /// gradient) against the same LSTM written with primitive ops, masked steps included.
    func testFusedLSTMSequenceSplitOverCoresMatchesPrimitiveOps() throws {
        let (batch, steps, units) = (6, 3, 256)
        let generator = RandomState(seed: 3)
        func random(_ shape: [Int], _ scale: Double) throws -> Variable {
            Variable(FloatTensor(shape: shape, data: try generator.uniform(low: -scale, high: scale, count: shape.reduce(1, *)).map { Float($0) }),
                     requiresGrad: true)
        }
        let keep = try FloatTensor(shape: [batch, steps], values: (0..<(batch * steps)).map { $0 % 5 == 3 ? 0 : 1 })
        let inputs = [try random([batch, steps, 4 * units], 1), try random([batch, units], 0.5), try random([batch, units], 0.5),
                      try random([units, 4 * units], 0.1)]
        let fused = try Variable.lstmSequence(projected: inputs[0], h0: inputs[1], c0: inputs[2], recurrent: inputs[3],
                                              keep: keep, backwards: true)
        let reference = inputs.map { Variable($0.value, requiresGrad: true) }
        var (h, c) = (reference[1], reference[2])
        var outputs: [Variable] = []
        for s in 0..<steps {
            let t = steps - 1 - s
            let z = try reference[0].slice(axis: 1, t, t + 1).reshape([batch, 4 * units]).add(h.matmul(reference[3]))
            let (i, f) = (try z.slice(axis: 1, 0, units).sigmoid(), try z.slice(axis: 1, units, 2 * units).sigmoid())
            let (g, o) = (try z.slice(axis: 1, 2 * units, 3 * units).tanh(), try z.slice(axis: 1, 3 * units, 4 * units).sigmoid())
            let newC = try f.multiply(c).add(i.multiply(g)), newH = try o.multiply(newC.tanh())
            let kept = Variable(FloatTensor(shape: [batch, 1], data: (0..<batch).map { keep.data[$0 * steps + t] }))
            let dropped = Variable(kept.value.map { 1 - $0 })
            (h, c) = (try newH.multiply(kept).add(h.multiply(dropped)), try newC.multiply(kept).add(c.multiply(dropped)))
            outputs.append(try Variable.concatenate([h, c], axis: 1).reshape([batch, 1, 2 * units]))
        }
        let expected = try Variable.concatenate(outputs, axis: 1)
        assertClose(fused.value.data, expected.value.data, tolerance: 1e-5)
        let weights = Variable(FloatTensor(shape: fused.shape, data: try generator.uniform(low: -1, high: 1, count: fused.value.count).map { Float($0) }))
        try fused.multiply(weights).sum().backward()
        try expected.multiply(weights).sum().backward()
        for (ours, theirs) in zip(inputs, reference) {
            assertClose(try XCTUnwrap(ours.grad).data, try XCTUnwrap(theirs.grad).data, tolerance: 1e-4)
        }
    }

    /// Products large enough to be split over the cores (by rows of C, or by the inner
    /// dimension when A is stored transposed) against a plain sum, for every transposition.
    func testSplitProductsMatchPlainSums() throws {
        let (m, n, k) = (64, 256, 257)
        let generator = RandomState(seed: 5)
        let a = try generator.uniform(low: -1, high: 1, count: m * k).map { Float($0) }
        let b = try generator.uniform(low: -1, high: 1, count: k * n).map { Float($0) }
        for (transposeA, transposeB) in [(false, false), (false, true), (true, false), (true, true)] {
            let product = batchedProduct(a, transposeA, b, transposeB, batch: 1, m: m, n: n, k: k)
            var expected = [Float](repeating: 0, count: m * n)
            for i in 0..<m {
                for j in 0..<n {
                    var total = 0.0
                    for p in 0..<k {
                        total += Double(transposeA ? a[p * m + i] : a[i * k + p]) * Double(transposeB ? b[j * k + p] : b[p * n + j])
                    }
                    expected[i * n + j] = Float(total)
                }
            }
            assertClose(product, expected, tolerance: 1e-4)
        }
    }

    func testLinear() throws {
        try checkGradients([[2, 3, 4], [4, 5], [5]]) { try $0[0].linear($0[1], bias: $0[2]) }
        try checkGradients([[3, 4], [4, 2]]) { try $0[0].linear($0[1], bias: nil) }
        XCTAssertThrowsError(try Variable(.zeros([2, 3])).linear(Variable(.zeros([3, 2])), bias: Variable(.zeros([3]))))
    }

    func testMatmulValues() throws {
        let a = Variable(try FloatTensor(shape: [2, 2], values: [1, 2, 3, 4]))
        let b = Variable(try FloatTensor(shape: [2, 1], values: [5, 6]))
        XCTAssertEqual(try a.matmul(b).value.data, [17, 39])
    }

    func testUnaryFunctions() throws {
        try checkGradients([[2, 3]]) { $0[0].exp() }
        try checkGradients([[2, 3]]) { $0[0].affine(scale: 1, shift: 2).log() }
        try checkGradients([[2, 3]]) { $0[0].affine(scale: 1, shift: 2).sqrt() }
        try checkGradients([[2, 3]]) { $0[0].tanh() }
        try checkGradients([[2, 3]]) { $0[0].sigmoid() }
        try checkGradients([[2, 3]], avoidZero: true) { $0[0].relu() }
        try checkGradients([[2, 3]], avoidZero: true) { $0[0].leakyRelu() }
        try checkGradients([[2, 3]], avoidZero: true) { $0[0].elu() }
        try checkGradients([[2, 3]], avoidZero: true) { $0[0].selu() }
        try checkGradients([[2, 3]]) { $0[0].softplus() }
        try checkGradients([[2, 3]]) { $0[0].gelu() }
        try checkGradients([[2, 3]]) { $0[0].square() }
        try checkGradients([[2, 5]], avoidZero: true) { $0[0].affine(scale: 2).clip(-1, 1) }
    }

    func testActivationValuesMatchKeras() throws {
        let x = Variable(try FloatTensor(shape: [3], values: [-1, 0, 2]))
        // keras.activations.gelu([-1, 0, 2]) and selu, elu, leaky_relu (float32).
        assertClose(x.gelu().value.data, [-0.15865526, 0, 1.9544997])
        assertClose(x.selu().value.data, [-1.1113307, 0, 2.101402])
        assertClose(x.elu().value.data, [-0.63212055, 0, 2])
        assertClose(x.leakyRelu().value.data, [-0.2, 0, 2])
        assertClose(x.softplus().value.data, [0.31326166, 0.6931472, 2.126928])
    }

    func testSoftmaxAndLogSoftmax() throws {
        try checkGradients([[2, 4]]) { try $0[0].softmax(axis: -1) }
        try checkGradients([[3, 2, 2]]) { try $0[0].softmax(axis: 1) }
        try checkGradients([[2, 4]]) { try $0[0].logSoftmax(axis: -1) }
        let s = try Variable(try FloatTensor(shape: [1, 3], values: [1, 2, 3])).softmax()
        assertClose(s.value.data, [0.09003057, 0.24472847, 0.66524096])
    }

    func testReductions() throws {
        try checkGradients([[2, 3, 4]]) { try $0[0].sum() }
        try checkGradients([[2, 3, 4]]) { try $0[0].sum(axes: [1]) }
        try checkGradients([[2, 3, 4]]) { try $0[0].mean(axes: [0, 2], keepdims: true) }
        try checkGradients([[2, 3, 4]]) { try $0[0].max(axis: 1) }
        XCTAssertThrowsError(try Variable(.zeros([2])).sum(axes: [3])) { error in
            XCTAssertEqual((error as? TensorError)?.description, "AxisError: axis 3 is out of bounds for array of dimension 1")
        }
    }

    func testShapeOps() throws {
        try checkGradients([[2, 6]]) { try $0[0].reshape([3, -1]) }
        try checkGradients([[2, 3, 4]]) { try $0[0].transpose([2, 0, 1]) }
        try checkGradients([[2, 3], [2, 2]]) { try Variable.concatenate($0, axis: 1) }
        try checkGradients([[2, 5, 3]]) { try $0[0].slice(axis: 1, 1, 4) }
        try checkGradients([[4, 3]]) { try $0[0].gather(rows: [1, 3, 1, 0, 2, 1], idsShape: [2, 3]) }
        XCTAssertThrowsError(try Variable(.zeros([4, 3])).gather(rows: [4], idsShape: [1]))
        XCTAssertThrowsError(try Variable(.zeros([2, 3])).reshape([4, 2]))
    }

    func testConvolutionAndPooling() throws {
        try checkGradients([[2, 6, 3]]) { try $0[0].windows1D(size: 3, stride: 1, padding: .valid) }
        try checkGradients([[2, 5, 2]]) { try $0[0].windows1D(size: 2, stride: 2, padding: .same) }
        // Seeds chosen so that no two values in a window are within the finite-difference step.
        try checkGradients([[2, 6, 3]], seed: 3) { try $0[0].maxPool1D(size: 2, stride: 2, padding: .valid) }
        try checkGradients([[1, 5, 2]], seed: 3) { try $0[0].maxPool1D(size: 3, stride: 1, padding: .same) }
    }

    func testNormalization() throws {
        try checkGradients([[3, 4]]) { x in
            let (mean, variance) = try x[0].moments(axes: [1])
            return try x[0].normalized(mean: mean, variance: variance, epsilon: 1e-3)
        }
        try checkGradients([[4, 3]]) { x in
            let (mean, variance) = try x[0].moments(axes: [0])
            return try x[0].normalized(mean: mean, variance: variance, epsilon: 1e-3)
        }
    }

    func testDropoutScalesSurvivorsAndPassesGradientThroughThem() throws {
        let x = Variable(FloatTensor(repeating: 1, shape: [1000]), requiresGrad: true)
        let y = try x.dropout(rate: 0.25, generator: RandomState(seed: 3))
        let kept = y.value.data.filter { $0 != 0 }
        XCTAssertTrue(kept.allSatisfy { abs($0 - 4 / 3) < 1e-6 })
        XCTAssertEqual(Double(kept.count) / 1000, 0.75, accuracy: 0.05)
        try y.sum().backward()
        XCTAssertEqual(x.grad?.data, y.value.data)
    }

    func testGradientsAccumulateOverSharedUse() throws {
        let x = Variable(try FloatTensor(shape: [2], values: [1, 2]), requiresGrad: true)
        try x.multiply(x).add(x).sum().backward()
        XCTAssertEqual(x.grad?.data, [3, 5])
    }
}

func assertClose(_ actual: [Float], _ expected: [Float], tolerance: Float = 1e-5,
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, file: file, line: line)
    for (a, e) in zip(actual, expected) {
        XCTAssertEqual(a, e, accuracy: tolerance * max(1, abs(e)), "\(actual) vs \(expected)", file: file, line: line)
    }
}
