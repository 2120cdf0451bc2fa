import XCTest
import Foundation
@testable import NeuralNet

/// Small models with fixed weights and inputs against Keras's outputs (layer_outputs.json
/// from make_goldens.py): gate orders, weight layouts, padding, attention and masks.
final class LayerOutputTests: XCTestCase {
    struct Array32: Decodable {
        let shape: [Int]
        let values: [Float]
        var tensor: FloatTensor { get throws { try FloatTensor(shape: shape, values: values) } }
    }

    struct Case: Decodable {
        let weights: [Array32]
        let inputs: [Array32]
        let outputs: [Array32]
    }

    static let cases: [String: Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens/layer_outputs.json")
        guard let data = try? Data(contentsOf: url) else { return [:] }
        return (try? JSONDecoder().decode([String: Case].self, from: data)) ?? [:]
    }()

    override func setUp() { LayerNames.clearSession() }

    func check(_ name: String, _ model: Model, file: StaticString = #filePath, line: UInt = #line) throws {
        let golden = try XCTUnwrap(Self.cases[name], "no golden \(name)", file: file, line: line)
        try model.setWeights(golden.weights.map { try $0.tensor })
        let outputs = try model.forward(golden.inputs.map { try $0.tensor }, training: false)
        XCTAssertEqual(outputs.count, golden.outputs.count, name, file: file, line: line)
        for (output, expected) in zip(outputs, golden.outputs) {
            XCTAssertEqual(output.shape, expected.shape, name, file: file, line: line)
            assertClose(output.data, expected.values, tolerance: 2e-5, file: file, line: line)
        }
    }

    func sequential(_ shape: [Int?], _ layers: [Layer]) throws -> Sequential {
        try Sequential([try InputLayer(shape: shape)] + layers)
    }

    func testEveryCaseIsTested() {
        XCTAssertEqual(Self.cases.count, 22)
    }

    func testDenseActivations() throws {
        let inputs = try Input(shape: [4])
        let names = ["relu", "sigmoid", "tanh", "softmax", "gelu", "elu", "selu", "softplus", "leaky_relu", "linear"]
        let heads = try names.flatMap { try Dense(units: 3, activation: $0)([inputs]) }
        try check("dense_activations", try Functional(inputs: [inputs], outputs: try Concatenate()(heads)))
    }

    func testLSTM() throws {
        try check("lstm_sequences", try sequential([5, 3], [LSTM(units: 4, returnSequences: true)]))
        let inputs = try Input(shape: [5, 3])
        try check("lstm_states", try Functional(inputs: [inputs], outputs: try LSTM(units: 4, returnState: true)([inputs])))
    }

    func testBidirectional() throws {
        try check("bidirectional_sequences", try sequential([5, 3], [Bidirectional(LSTM(units: 4, returnSequences: true)),
                                                                     Bidirectional(SimpleRNN(units: 2), mergeMode: "ave")]))
        try check("masked_bidirectional", try sequential([6], [Embedding(inputDim: 10, outputDim: 3, maskZero: true),
                                                              Bidirectional(GRU(units: 2, returnSequences: true), mergeMode: "mul")]))
    }

    func testGRU() throws {
        try check("gru_reset_after", try sequential([5, 3], [GRU(units: 4, returnSequences: true)]))
        try check("gru_reset_before", try sequential([5, 3], [GRU(units: 3, resetAfter: false)]))
    }

    func testSimpleRNNBackwards() throws {
        try check("simple_rnn_backwards", try sequential([5, 3], [SimpleRNN(units: 4, goBackwards: true)]))
    }

    func testConvolutionAndPooling() throws {
        try check("conv_same_strided_pool", try sequential([7, 2], [
            Conv1D(filters: 3, kernelSize: 3, strides: 2, padding: "same"),
            MaxPooling1D(poolSize: 2, padding: "same"), GlobalMaxPooling1D(name: nil),
        ]))
        try check("conv_causal", try sequential([5, 2], [Conv1D(filters: 2, kernelSize: 3, padding: "causal")]))
        try check("conv_valid_relu", try sequential([6, 2], [Conv1D(filters: 4, kernelSize: 2, activation: "relu"), Flatten(name: nil)]))
    }

    func testNormalization() throws {
        try check("batch_norm_inference", try sequential([4], [BatchNormalization()]))
        try check("layer_norm", try sequential([3, 4], [LayerNormalization()]))
    }

    func testAttention() throws {
        let inputs = try Input(shape: [4, 5])
        try check("self_attention", try Functional(inputs: [inputs], outputs: try MultiHeadAttention(numHeads: 2, keyDim: 3)([inputs, inputs])))
        let q = try Input(shape: [3, 4]), v = try Input(shape: [5, 2]), k = try Input(shape: [5, 6])
        try check("cross_attention", try Functional(inputs: [q, v, k], outputs: try MultiHeadAttention(numHeads: 2, keyDim: 3, valueDim: 2)([q, v, k])))
    }

    func testAttentionCallOptions() throws {
        let q = try Input(shape: [3, 4]), v = try Input(shape: [5, 4]), m = try Input(shape: [3, 5])
        let scored = try MultiHeadAttention(numHeads: 2, keyDim: 3)([q, v, m], options: CallOptions(attentionMask: true, returnAttentionScores: true))
        try check("attention_mask_scores", try Functional(inputs: [q, v, m], outputs: scored))
        let x = try Input(shape: [4, 5])
        let causal = try MultiHeadAttention(numHeads: 2, keyDim: 3)([x, x], options: CallOptions(useCausalMask: true, returnAttentionScores: true))
        try check("causal_attention_scores", try Functional(inputs: [x], outputs: causal))
        let ids = try Input(shape: [6]), mask = try Input(shape: [6, 6]), key = try Input(shape: [6, 3])
        let embedded = try Embedding(inputDim: 10, outputDim: 4, maskZero: true)([ids])
        let all = try MultiHeadAttention(numHeads: 2, keyDim: 2)(embedded + embedded + [key, mask],
                                                                 options: CallOptions(attentionMask: true, useCausalMask: true))
        try check("causal_masked_cross_attention", try Functional(inputs: [ids, key, mask], outputs: all))
    }

    func testMasks() throws {
        try check("masked_lstm", try sequential([6], [Embedding(inputDim: 10, outputDim: 3, maskZero: true), LSTM(units: 4)]))
        try check("masked_gru_sequences", try sequential([6], [Embedding(inputDim: 10, outputDim: 3, maskZero: true), GRU(units: 2, returnSequences: true)]))
        let ids = try Input(shape: [6])
        let embedded = try Embedding(inputDim: 10, outputDim: 4, maskZero: true)([ids])
        let attended = try MultiHeadAttention(numHeads: 2, keyDim: 2)(embedded + embedded)
        try check("masked_self_attention", try Functional(inputs: [ids], outputs: attended + GlobalAveragePooling1D(name: nil)(attended)))
        try check("masked_average", try sequential([6], [Embedding(inputDim: 10, outputDim: 3, maskZero: true), GlobalAveragePooling1D(name: nil)]))
    }
}
