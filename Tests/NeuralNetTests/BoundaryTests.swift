import XCTest
import TensorCore
@testable import NeuralNet

/// How the bindings will use the engine: TensorCore arrays in and out, eager layer calls,
/// weights read and written, evaluate's return order.
final class BoundaryTests: XCTestCase {
    override func setUp() {
        LayerNames.clearSession()
        Console.write = { _ in }
    }

    func testTensorConversionKeepsShapeAndValues() throws {
        let ids = try Tensor(shape: [2, 3], values: [Int64(1), 2, 3, 4, 5, 6])
        let floats = try FloatTensor(ids)
        XCTAssertEqual(floats.shape, [2, 3])
        XCTAssertEqual(floats.data, [1, 2, 3, 4, 5, 6])
        let back = try floats.tensor()
        XCTAssertEqual(back.dtype, .float32)
        XCTAssertEqual(back.shape, [2, 3])
        XCTAssertEqual(try back.values(as: Float.self), floats.data)
        XCTAssertThrowsError(try FloatTensor(shape: [2, 2], values: [1, 2, 3]))
    }

    func testEagerLayerCallBuildsFromTheData() throws {
        let dense = try Dense(units: 2, activation: "relu")
        XCTAssertFalse(dense.built)
        let out = try dense([FloatTensor(repeating: 1, shape: [3, 4])])
        XCTAssertTrue(dense.built)
        XCTAssertEqual(out[0].shape, [3, 2])
        XCTAssertEqual(try dense.countParams(), 10)
        try dense.weights[0].assign(FloatTensor(repeating: 0.5, shape: [4, 2]))
        XCTAssertEqual(try dense([FloatTensor(repeating: 1, shape: [1, 4])])[0].data, [2, 2])
        XCTAssertThrowsError(try dense.weights[0].assign(FloatTensor.zeros([2, 2])))
    }

    func testWeightsRoundTripAndEvaluateOrder() throws {
        let model = try Sequential([InputLayer(shape: [3]), Dense(units: 2), Dense(units: 1, activation: "sigmoid")])
        let weights = model.getWeights()
        XCTAssertEqual(weights.map(\.shape), [[3, 2], [2], [2, 1], [1]])
        try model.setWeights(weights.map { FloatTensor(repeating: 0.1, shape: $0.shape) })
        XCTAssertTrue(model.getWeights().allSatisfy { $0.data.allSatisfy { $0 == 0.1 } })
        XCTAssertThrowsError(try model.setWeights(Array(weights.prefix(2))))
        try model.compile(optimizer: .adamW(), loss: Loss(name: "binary_crossentropy"), metrics: ["accuracy", "mse"])
        let logs = try model.evaluate(x: [FloatTensor.zeros([4, 3])], y: FloatTensor(repeating: 1, shape: [4]), verbose: 0)
        XCTAssertEqual(logs.map(\.0), ["loss", "accuracy", "mse"])
        XCTAssertEqual(logs[1].1, 1)
        let prediction = try model.predict(x: [FloatTensor.zeros([5, 3])], batchSize: 2, verbose: 0)
        XCTAssertEqual(prediction[0].shape, [5, 1])
    }
}
