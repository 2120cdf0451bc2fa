import XCTest
import TensorCore
@testable import NeuralNet

/// Weight and input gradients of whole layers (through their composed ops, time loops and
/// masks) against finite differences.
final class LayerGradientTests: XCTestCase {
    override func setUp() {
        LayerNames.clearSession()
        Randomness.seed(5)
    }

    /// Σ model(x)·R, and its gradients for every weight; checks up to `samples` elements of
    /// each weight (and of the input, when it is not made of ids) numerically.
    func checkModel(_ model: Model, input: FloatTensor, training: Bool = false, idsInput: Bool = false,
                    samples: Int = 5, file: StaticString = #filePath, line: UInt = #line) throws {
        let leafInput = Variable(input, requiresGrad: !idsInput)
        try model.buildIfNeeded(forData: [input.shape])
        let context = CallContext(training: training)
        let output = try model.call([leafInput], context)[0]
        let generator = RandomState(seed: 11)
        let r = FloatTensor(shape: output.shape, data: try generator.uniform(low: -1, high: 1, count: output.value.count).map { Float($0) })
        try output.multiply(Variable(r)).sum().backward()

        func loss() throws -> Double {
            let out = try model.call([Variable(input)], CallContext(training: training))[0].value.data
            return zip(out, r.data).reduce(0) { $0 + Double($1.0) * Double($1.1) }
        }
        let step: Float = 1e-2
        for (weight, leaf) in context.leaves {
            let grad = leaf.grad?.data ?? [Float](repeating: 0, count: weight.value.count)
            for element in stride(from: 0, to: weight.value.count, by: max(1, weight.value.count / samples)) {
                let original = weight.value.data[element]
                weight.value.data[element] = original + step
                let plus = try loss()
                weight.value.data[element] = original - step
                let minus = try loss()
                weight.value.data[element] = original
                let numeric = (plus - minus) / (2 * Double(step))
                XCTAssertEqual(Double(grad[element]), numeric, accuracy: 2e-2 * max(1, abs(numeric)),
                               "\(weight.owner?.name ?? "?").\(weight.name)[\(element)]", file: file, line: line)
            }
        }
        XCTAssertFalse(context.leaves.isEmpty, file: file, line: line)
        guard !idsInput else { return }
        let inputGrad = try XCTUnwrap(leafInput.grad, file: file, line: line)
        var probe = input
        for element in stride(from: 0, to: input.count, by: max(1, input.count / samples)) {
            let original = probe.data[element]
            probe.data[element] = original + step
            let plus = try model.call([Variable(probe)], CallContext(training: training))[0].value.data
            probe.data[element] = original - step
            let minus = try model.call([Variable(probe)], CallContext(training: training))[0].value.data
            probe.data[element] = original
            var difference = 0.0
            for i in 0..<r.count { difference += Double(plus[i] - minus[i]) * Double(r.data[i]) }
            let numeric = difference / (2 * Double(step))
            XCTAssertEqual(Double(inputGrad.data[element]), numeric, accuracy: 2e-2 * max(1, abs(numeric)), "input[\(element)]", file: file, line: line)
        }
    }

    func sequences(_ shape: [Int]) throws -> FloatTensor {
        FloatTensor(shape: shape, data: try RandomState(seed: 2).uniform(low: -1, high: 1, count: shape.reduce(1, *)).map { Float($0) })
    }

    func testRecurrentLayers() throws {
        try checkModel(try Sequential([InputLayer(shape: [4, 3]), LSTM(units: 3, returnSequences: true)]), input: try sequences([2, 4, 3]))
        try checkModel(try Sequential([InputLayer(shape: [4, 3]), GRU(units: 3)]), input: try sequences([2, 4, 3]))
        try checkModel(try Sequential([InputLayer(shape: [4, 3]), GRU(units: 2, resetAfter: false, returnSequences: true)]), input: try sequences([2, 4, 3]))
        try checkModel(try Sequential([InputLayer(shape: [4, 3]), SimpleRNN(units: 3, goBackwards: true)]), input: try sequences([2, 4, 3]))
        try checkModel(try Sequential([InputLayer(shape: [4, 3]), Bidirectional(LSTM(units: 2, returnSequences: true))]), input: try sequences([2, 4, 3]))
    }

    func testMaskedRecurrenceFromIds() throws {
        let ids = try FloatTensor(shape: [2, 5], values: [0, 0, 3, 1, 2, 0, 4, 4, 1, 3])
        try checkModel(try Sequential([InputLayer(shape: [5]), Embedding(inputDim: 5, outputDim: 3, maskZero: true), LSTM(units: 2)]),
                       input: ids, idsInput: true)
    }

    func testConvolutionAndDense() throws {
        try checkModel(try Sequential([InputLayer(shape: [6, 2]), Conv1D(filters: 3, kernelSize: 3, strides: 2, padding: "same", activation: "tanh"),
                                       GlobalAveragePooling1D(name: nil), Dense(units: 2, activation: "softmax")]), input: try sequences([2, 6, 2]))
    }

    func testNormalizationInTraining() throws {
        try checkModel(try Sequential([InputLayer(shape: [3]), Dense(units: 4), BatchNormalization(), LayerNormalization()]),
                       input: try sequences([5, 3]), training: true)
    }

    func testMultiHeadAttention() throws {
        let inputs = try Input(shape: [3, 4])
        let model = try Functional(inputs: [inputs], outputs: try MultiHeadAttention(numHeads: 2, keyDim: 2)([inputs, inputs]))
        try checkModel(model, input: try sequences([2, 3, 4]))
    }
}
