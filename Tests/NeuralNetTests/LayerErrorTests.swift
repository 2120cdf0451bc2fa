import XCTest
import TensorCore
@testable import NeuralNet

/// Bad arguments and shapes end in Keras's ValueErrors (wording checked against Keras 3).
final class LayerErrorTests: XCTestCase {
    override func setUp() { LayerNames.clearSession() }

    func assertValueError(_ expected: String, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Void) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual((error as? TensorError)?.description, "ValueError: " + expected, file: file, line: line)
        }
    }

    func testArgumentErrors() {
        assertValueError("Could not interpret activation function identifier: relu6x") { _ = try Dense(units: 3, activation: "relu6x") }
        assertValueError("Invalid value received for argument `rate`. Expected a float value between 0 and 1. Received: rate=1.5") { _ = try Dropout(rate: 1.5) }
        assertValueError("Received an invalid value for `units`, expected a positive integer. Received: units=0") { _ = try Dense(units: 0) }
        assertValueError("`input_dim` must be a positive integer. Received: input_dim=0 (of type int).") { _ = try Embedding(inputDim: 0, outputDim: 3) }
        assertValueError("Received an invalid value for argument `units`, expected a positive integer, got 0.") { _ = try LSTM(units: 0) }
    }

    func testShapeErrors() {
        assertValueError("Input 0 with name 'None' of layer 'lstm' is incompatible with the layer: expected ndim=3, found ndim=2. Full shape received: (None, 10)") {
            _ = try Sequential([InputLayer(shape: [10]), LSTM(units: 4)])
        }
        assertValueError("Computed output size would be zero or negative. Received `inputs shape=(None, 2, 3)`, `kernel shape=(5, 3, 2)`, `dilation_rate=[1]`, `strides=(1,)`, `padding=valid`.") {
            _ = try Sequential([InputLayer(shape: [2, 3]), Conv1D(filters: 2, kernelSize: 5)])
        }
        // The two failed models above still took the names sequential and sequential_1, as in Keras.
        assertValueError("You tried to call `count_params` on layer 'sequential_2', but the layer isn't built. You can build it manually via: `layer.build(input_shape)`.") {
            _ = try Sequential([Dense(units: 2)]).countParams()
        }
    }

    func testHugeOrNonsenseValuesThrowInsteadOfTrapping() throws {
        XCTAssertThrowsError(try Sequential([InputLayer(shape: [4]), Dense(units: Int.max / 2)])) { error in
            XCTAssertEqual((error as? TensorError)?.kind, .memoryError)
        }
        XCTAssertThrowsError(try Reshape(targetShape: [Int.max, 4]))
        XCTAssertThrowsError(try Variable(.zeros([2, 3])).reshape([Int.max, 2]))
        let q = Variable(try FloatTensor(shape: [1, 3], values: [0.2, 0.5, 0.3]))
        XCTAssertThrowsError(try Loss.sparseCategoricalCrossentropy(fromLogits: false).batchLoss(q, try FloatTensor(shape: [1], values: [.nan]))) { error in
            XCTAssertEqual((error as? TensorError)?.message, "Received a label value of nan which is outside the valid range of [0, 3).")
        }
        let model = try Sequential([InputLayer(shape: [2]), Dense(units: 1)])
        Console.write = { _ in }
        try model.compile(optimizer: .sgd(), loss: .meanSquaredError)
        let history = try model.fit(x: [FloatTensor.zeros([3, 2])], y: FloatTensor.zeros([3]), batchSize: Int.max, verbose: 0)
        XCTAssertEqual(history.params.steps, 1)
        XCTAssertEqual(try model.predict(x: [FloatTensor.zeros([3, 2])], batchSize: Int.max, verbose: 0)[0].shape, [3, 1])
    }

    func testNamesAreSnakeCaseAndCountedPerClass() throws {
        XCTAssertEqual(["SimpleRNN", "LSTM", "Conv1D", "MaxPooling1D", "GlobalAveragePooling1D", "MultiHeadAttention", "InputLayer"].map(LayerNames.snakeCase),
                       ["simple_rnn", "lstm", "conv1d", "max_pooling1d", "global_average_pooling1d", "multi_head_attention", "input_layer"])
        XCTAssertEqual(try [Dense(units: 1), Dense(units: 1), Dropout(rate: 0)].map(\.name), ["dense", "dense_1", "dropout"])
        LayerNames.clearSession()
        XCTAssertEqual(try Dense(units: 1).name, "dense")
    }

    func testInitializers() throws {
        Randomness.seed(3)
        let orthogonal = try Initializer.orthogonal(gain: 1).make([4, 8]).data
        // rows are orthonormal when there are fewer rows than columns
        for i in 0..<4 {
            for j in 0..<4 {
                let dot = (0..<8).reduce(Float(0)) { $0 + orthogonal[i * 8 + $1] * orthogonal[j * 8 + $1] }
                XCTAssertEqual(dot, i == j ? 1 : 0, accuracy: 1e-5)
            }
        }
        let limit = (6.0 / Float(30 + 20)).squareRoot()
        let glorot = try Initializer.glorotUniform.make([30, 20]).data
        XCTAssertTrue(glorot.allSatisfy { abs($0) <= limit })
        XCTAssertGreaterThan(glorot.map(abs).max()!, limit * 0.9)
        XCTAssertTrue(try Initializer(name: "uniform").make([100]).data.allSatisfy { abs($0) <= 0.05 })
        let lstm = try LSTM(units: 2)
        try lstm.build([[nil, 3, 5]])
        XCTAssertEqual(lstm.weights.map(\.shape), [[5, 8], [2, 8], [8]])
        XCTAssertEqual(lstm.weights[2].value.data, [0, 0, 1, 1, 0, 0, 0, 0])
        XCTAssertThrowsError(try Initializer(name: "he_magic"))
    }
}
