import XCTest
import Foundation
@testable import NeuralNet

/// Every model of Goldens/make_goldens.py, built here the same way, against what Keras 3
/// printed and returned: summary text, count_params, layer names and output shapes.
final class SummaryGoldenTests: XCTestCase {
    struct Golden: Decodable {
        let summary: String
        let count_params: Int?
        let layer_names: [String]
        let output_shapes: [[Int?]]?
    }

    static let goldens: [String: Golden] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens/summaries.json")
        guard let data = try? Data(contentsOf: url),
              let decoded = try? JSONDecoder().decode([String: Golden].self, from: data) else { return [:] }
        return decoded
    }()

    override func setUp() {
        LayerNames.clearSession()
        Console.write = { _ in }
    }

    func check(_ name: String, _ model: Model, file: StaticString = #filePath, line: UInt = #line) {
        guard let golden = Self.goldens[name] else { return XCTFail("no golden named \(name)", file: file, line: line) }
        XCTAssertEqual(model.summaryText(), golden.summary, name, file: file, line: line)
        XCTAssertEqual(try? model.countParams(), golden.count_params, name, file: file, line: line)
        XCTAssertEqual(model.layers.map(\.name), golden.layer_names, name, file: file, line: line)
        XCTAssertEqual(model.outputShapesIfKnown, golden.output_shapes, name, file: file, line: line)
    }

    func testEveryGoldenHasATest() {
        let tested = Set(Self.testedCases)
        XCTAssertEqual(Self.goldens.count, 38)
        XCTAssertEqual(Set(Self.goldens.keys).subtracting(tested), [])
    }

    static let testedCases = [
        "seed_p1_lstm_unbuilt", "seed_p1_lstm_after_fit", "seed_p2_simple_rnn_after_fit", "seed_p3_cnn_with_input",
        "seed_gan_generator", "seed_gan_discriminator", "seed_gan_combined", "seed_gan_frozen_discriminator",
        "seed_encoder_decoder_classifier", "seed_encoder_decoder_encoder", "seed_encoder_decoder_decoder",
        "seed_self_attention_classifier", "gru_stack", "lstm_all_outputs", "conv_pool_flatten", "normalization_layers",
        "two_inputs_concatenate", "residual_add", "shared_dense", "reshape_activation", "cross_attention_three_inputs",
        "dense_on_sequences", "masked_lstm", "build_by_call", "built_with_add", "nested_functional", "long_names_wrap",
        "megabytes", "frozen_layer", "simple_rnn_sequences_pooled", "two_heads", "names_continue_without_clear",
        "gru_not_reset_after_and_sgd_fit", "tutorial_gan_digits", "tutorial_austen_lstm",
        "bidirectional_stack", "attention_mask_and_scores", "causal_self_attention",
    ]

    // MARK: The seed cells' models

    func seedP1() throws -> Sequential {
        try Sequential([
            Embedding(inputDim: 5000, outputDim: 64, inputLength: 10),
            LSTM(units: 64, returnSequences: false),
            Dropout(rate: 0.5),
            Dense(units: 1, activation: "sigmoid"),
        ])
    }

    func testSeedP1Unbuilt() throws { check("seed_p1_lstm_unbuilt", try seedP1()) }

    func testSeedP1AfterFit() throws {
        let model = try seedP1()
        try model.compile(optimizer: .adam(), loss: Loss(name: "binary_crossentropy"), metrics: ["accuracy"])
        let x = try FloatTensor(shape: [4, 10], values: [0, 0, 0, 0, 0, 0, 1, 3, 2, 4, 0, 0, 0, 0, 0, 0, 1, 5, 2, 4,
                                                        0, 0, 0, 0, 0, 0, 0, 2, 6, 7, 0, 0, 0, 0, 0, 0, 0, 2, 6, 8])
        try model.fit(x: [x], y: try FloatTensor(shape: [4], values: [1, 0, 1, 0]), batchSize: 2, epochs: 1, verbose: 0)
        check("seed_p1_lstm_after_fit", model)
    }

    func testSeedP2AfterFit() throws {
        let model = try Sequential([
            Embedding(inputDim: 8, outputDim: 10, inputLength: 3),
            SimpleRNN(units: 50, returnSequences: false),
            Dense(units: 8, activation: "softmax"),
        ])
        try model.compile(optimizer: .adam(), loss: Loss(name: "categorical_crossentropy"), metrics: ["accuracy"])
        let x = try FloatTensor(shape: [4, 3], values: [3, 2, 4, 2, 4, 4, 4, 4, 5, 4, 5, 0])
        var y = FloatTensor.zeros([4, 8])
        for (row, label) in [4, 5, 0, 7].enumerated() { y.data[row * 8 + label] = 1 }
        try model.fit(x: [x], y: y, batchSize: 1, epochs: 1, verbose: 0)
        check("seed_p2_simple_rnn_after_fit", model)
    }

    func testSeedP3WithInput() throws {
        let model = try Sequential([
            InputLayer(shape: [10]),
            Embedding(inputDim: 5000, outputDim: 64),
            Conv1D(filters: 128, kernelSize: 3, activation: "relu"),
            GlobalMaxPooling1D(name: nil),
            Dense(units: 1, activation: "sigmoid"),
        ])
        check("seed_p3_cnn_with_input", model)
    }

    func generator() throws -> Sequential {
        let first = try Dense(units: 128, activation: "relu")
        first.declaredInputShape = [100]
        return try Sequential([
            first, BatchNormalization(),
            Dense(units: 256, activation: "relu"), BatchNormalization(),
            Dense(units: 512, activation: "relu"), BatchNormalization(),
            Dense(units: 28 * 28, activation: "tanh"),
            Reshape(targetShape: [28, 28, 1]),
        ])
    }

    func discriminator() throws -> Sequential {
        let flatten = Flatten(name: nil)
        flatten.declaredInputShape = [28, 28, 1]
        return try Sequential([
            flatten,
            Dense(units: 256, activation: "relu"), Dropout(rate: 0.3),
            Dense(units: 128, activation: "relu"), Dropout(rate: 0.3),
            Dense(units: 1, activation: "sigmoid"),
        ])
    }

    func testGANGenerator() throws { check("seed_gan_generator", try generator()) }
    func testGANDiscriminator() throws { check("seed_gan_discriminator", try discriminator()) }

    func testGANCombined() throws {
        let (g, d) = (try generator(), try discriminator())
        try d.compile(optimizer: .adam(learningRate: 0.0002), loss: Loss(name: "binary_crossentropy"), metrics: ["accuracy"])
        d.trainable = false
        let gan = try Sequential([g, d])
        try gan.compile(optimizer: .adam(learningRate: 0.0002), loss: Loss(name: "binary_crossentropy"))
        check("seed_gan_combined", gan)
    }

    func testGANFrozenDiscriminator() throws {
        _ = try generator()
        let d = try discriminator()
        d.trainable = false
        check("seed_gan_frozen_discriminator", d)
    }

    // MARK: The tutorials' models

    func testTutorialGANDigits() throws {
        let generator = try Sequential([
            InputLayer(shape: [32]),
            Dense(units: 128, activation: "relu"), BatchNormalization(),
            Dense(units: 256, activation: "relu"), BatchNormalization(),
            Dense(units: 64, activation: "tanh"),
            Reshape(targetShape: [8, 8, 1]),
        ], name: "generator")
        let discriminator = try Sequential([
            InputLayer(shape: [8, 8, 1]), Flatten(name: nil),
            Dense(units: 128, activation: "relu"), Dropout(rate: 0.3),
            Dense(units: 1, activation: "sigmoid"),
        ], name: "discriminator")
        try discriminator.compile(optimizer: .adam(learningRate: 0.0002), loss: Loss(name: "binary_crossentropy"), metrics: ["accuracy"])
        discriminator.trainable = false
        let gan = try Sequential([generator, discriminator], name: "gan")
        try gan.compile(optimizer: .adam(learningRate: 0.0002), loss: Loss(name: "binary_crossentropy"))
        check("tutorial_gan_digits", gan)
    }

    func testTutorialAustenLSTM() throws {
        check("tutorial_austen_lstm", try Sequential([
            InputLayer(shape: [40]), Embedding(inputDim: 5000, outputDim: 32), LSTM(units: 32),
            Dense(units: 1, activation: "sigmoid"),
        ]))
    }

    func encoderDecoder() throws -> (Functional, Functional, Functional) {
        let encoderInput = try Input(shape: [100])
        let embedded = try Embedding(inputDim: 5000, outputDim: 64)([encoderInput])
        let states = try LSTM(units: 128, returnSequences: false, returnState: true)(embedded)
        let encoder = try Functional(inputs: [encoderInput], outputs: [states[1]], name: "Encoder")
        let decoderInput = try Input(shape: [128])
        let decoder = try Functional(inputs: [decoderInput], outputs: try Dense(units: 10, activation: "softmax")([decoderInput]), name: "Decoder")
        let sequence = try Input(shape: [100])
        let classifier = try Functional(inputs: [sequence], outputs: try decoder(try encoder([sequence])), name: "TextClassifier")
        try classifier.compile(optimizer: .adam(), loss: Loss(name: "categorical_crossentropy"), metrics: ["accuracy"])
        return (classifier, encoder, decoder)
    }

    func testEncoderDecoderClassifier() throws { check("seed_encoder_decoder_classifier", try encoderDecoder().0) }
    func testEncoderDecoderEncoder() throws { check("seed_encoder_decoder_encoder", try encoderDecoder().1) }
    func testEncoderDecoderDecoder() throws { check("seed_encoder_decoder_decoder", try encoderDecoder().2) }

    func testSelfAttentionClassifier() throws {
        let inputs = try Input(shape: [100])
        var x = try Embedding(inputDim: 5000, outputDim: 64, inputLength: 100)([inputs])
        var attention = try MultiHeadAttention(numHeads: 4, keyDim: 64)(x + x)
        attention = try LayerNormalization(epsilon: 1e-6)(attention)
        x = try GlobalAveragePooling1D(name: nil)(attention)
        x = try Dropout(rate: 0.2)(x)
        x = try Dense(units: 128, activation: "relu")(x)
        x = try Dropout(rate: 0.2)(x)
        let outputs = try Dense(units: 3, activation: "softmax")(x)
        let model = try Functional(inputs: [inputs], outputs: outputs)
        try model.compile(optimizer: .adam(), loss: Loss(name: "categorical_crossentropy"), metrics: ["accuracy"])
        check("seed_self_attention_classifier", model)
        XCTAssertTrue(model.summaryText().contains(" Total params: 395,203 (1.51 MB)\n"))
    }

    // MARK: More layer kinds and graph shapes

    func testBidirectionalStack() throws {
        check("bidirectional_stack", try Sequential([
            InputLayer(shape: [12]), Embedding(inputDim: 100, outputDim: 8, maskZero: true),
            Bidirectional(LSTM(units: 16, returnSequences: true)),
            Bidirectional(GRU(units: 4), mergeMode: "sum"),
            Dense(units: 1, activation: "sigmoid"),
        ]))
    }

    func testGRUStack() throws {
        check("gru_stack", try Sequential([
            InputLayer(shape: [7]), Embedding(inputDim: 50, outputDim: 16),
            GRU(units: 32, returnSequences: true), GRU(units: 16), Dense(units: 4, activation: "softmax"),
        ]))
    }

    func testLSTMAllOutputs() throws {
        let inputs = try Input(shape: [6, 5])
        check("lstm_all_outputs", try Functional(inputs: [inputs], outputs: try LSTM(units: 8, returnSequences: true, returnState: true)([inputs])))
    }

    func testConvPoolFlatten() throws {
        check("conv_pool_flatten", try Sequential([
            InputLayer(shape: [20, 3]),
            Conv1D(filters: 16, kernelSize: 5, padding: "same", activation: "relu"),
            MaxPooling1D(),
            Conv1D(filters: 8, kernelSize: 3, strides: 2),
            Flatten(name: nil),
            Dense(units: 2),
        ]))
    }

    func testNormalizationLayers() throws {
        check("normalization_layers", try Sequential([
            InputLayer(shape: [12]), Dense(units: 32), BatchNormalization(), Activation("relu"),
            Dense(units: 16), LayerNormalization(), Dense(units: 1),
        ]))
    }

    func testTwoInputsConcatenate() throws {
        let left = try Input(shape: [4], name: "left"), right = try Input(shape: [6], name: "right")
        let merged = try Concatenate()(try Dense(units: 8)([left]) + Dense(units: 8)([right]))
        check("two_inputs_concatenate", try Functional(inputs: [left, right], outputs: try Dense(units: 1, activation: "sigmoid")(merged)))
    }

    func testResidualAdd() throws {
        let inputs = try Input(shape: [16])
        let hidden = try Dense(units: 16, activation: "relu")([inputs])
        let added = try Add(name: nil)([inputs] + hidden)
        check("residual_add", try Functional(inputs: [inputs], outputs: try Dense(units: 3)(added), name: "residual"))
    }

    func testSharedDense() throws {
        let a = try Input(shape: [5]), b = try Input(shape: [5])
        let shared = try Dense(units: 3)
        check("shared_dense", try Functional(inputs: [a, b], outputs: try Concatenate()(try shared([a]) + shared([b]))))
    }

    func testReshapeActivation() throws {
        check("reshape_activation", try Sequential([
            InputLayer(shape: [24]), Reshape(targetShape: [4, 6]), Dense(units: 5), Activation("softmax"), Flatten(name: nil),
        ]))
    }

    func testCrossAttentionThreeInputs() throws {
        let query = try Input(shape: [5, 12]), value = try Input(shape: [9, 7]), key = try Input(shape: [9, 10])
        let out = try MultiHeadAttention(numHeads: 3, keyDim: 4, valueDim: 6)([query, value, key])
        check("cross_attention_three_inputs", try Functional(inputs: [query, value, key], outputs: out))
    }

    func testAttentionMaskAndScores() throws {
        let q = try Input(shape: [4, 6], name: "q"), v = try Input(shape: [4, 6], name: "v"), m = try Input(shape: [4, 4], name: "m")
        let outputs = try MultiHeadAttention(numHeads: 2, keyDim: 3)([q, v, m], options: CallOptions(attentionMask: true, returnAttentionScores: true))
        check("attention_mask_and_scores", try Functional(inputs: [q, v, m], outputs: outputs))
    }

    func testCausalSelfAttention() throws {
        let inputs = try Input(shape: [4, 6])
        let attended = try MultiHeadAttention(numHeads: 2, keyDim: 3)([inputs, inputs], options: CallOptions(useCausalMask: true))
        check("causal_self_attention", try Functional(inputs: [inputs], outputs: try Dense(units: 2)(attended)))
    }

    func testDenseOnSequences() throws {
        check("dense_on_sequences", try Sequential([InputLayer(shape: [10, 3]), Dense(units: 7), GlobalAveragePooling1D(name: nil)]))
    }

    func testMaskedLSTM() throws {
        check("masked_lstm", try Sequential([
            InputLayer(shape: [12]), Embedding(inputDim: 100, outputDim: 8, maskZero: true),
            LSTM(units: 4), Dense(units: 1, activation: "sigmoid"),
        ]))
    }

    func testBuildByCall() throws {
        let model = try Sequential([Dense(units: 6, activation: "relu"), Dense(units: 2)])
        try model.build(batchShape: [nil, 3])
        check("build_by_call", model)
    }

    func testBuiltWithAdd() throws {
        let model = try Sequential()
        try model.add(InputLayer(shape: [8]))
        try model.add(Dense(units: 4))
        try model.add(Dense(units: 2))
        check("built_with_add", model)
    }

    func testNestedFunctional() throws {
        let innerInput = try Input(shape: [6])
        let inner = try Functional(inputs: [innerInput], outputs: try Dense(units: 4, activation: "relu")([innerInput]), name: "inner_block")
        let outerInput = try Input(shape: [6])
        check("nested_functional", try Functional(inputs: [outerInput], outputs: try Dense(units: 1)(try inner([outerInput])), name: "outer"))
    }

    func testLongNamesWrap() throws {
        let inputs = try Input(shape: [3], name: "a_rather_long_input_name_for_wrapping")
        let hidden = try Dense(units: 2, name: "an_extremely_long_dense_layer_name_that_needs_wrapping")([inputs])
        check("long_names_wrap", try Functional(inputs: [inputs], outputs: hidden, name: "long_names"))
    }

    func testMegabytes() throws {
        check("megabytes", try Sequential([InputLayer(shape: [1024]), Dense(units: 1024), Dense(units: 10)]))
    }

    func testFrozenLayer() throws {
        let frozen = try Dense(units: 8)
        let model = try Sequential([InputLayer(shape: [4]), frozen, Dense(units: 1)])
        frozen.trainable = false
        check("frozen_layer", model)
    }

    func testSimpleRNNSequencesPooled() throws {
        check("simple_rnn_sequences_pooled", try Sequential([
            InputLayer(shape: [9, 4]), SimpleRNN(units: 6, returnSequences: true), GlobalAveragePooling1D(name: nil),
        ]))
    }

    func testTwoHeads() throws {
        let inputs = try Input(shape: [10])
        let trunk = try Dense(units: 12, activation: "relu")([inputs])
        let heads = try Dense(units: 1, name: "score")(trunk) + Dense(units: 3, activation: "softmax", name: "kind")(trunk)
        check("two_heads", try Functional(inputs: [inputs], outputs: heads))
    }

    func testNamesContinueWithoutClear() throws {
        _ = try Sequential([InputLayer(shape: [3]), Dense(units: 2), Dropout(rate: 0.1)])
        check("names_continue_without_clear", try Sequential([InputLayer(shape: [3]), Dense(units: 2), Dropout(rate: 0.1), Dense(units: 1)]))
    }

    func testGRUWithoutResetAfterAndSGDFit() throws {
        let model = try Sequential([InputLayer(shape: [4, 2]), GRU(units: 3, resetAfter: false), Dense(units: 1)])
        try model.compile(optimizer: .sgd(learningRate: 0.1, momentum: 0.9), loss: .meanSquaredError)
        try model.fit(x: [FloatTensor(repeating: 1, shape: [2, 4, 2])], y: FloatTensor(repeating: 1, shape: [2, 1]), epochs: 1, verbose: 0)
        check("gru_not_reset_after_and_sgd_fit", model)
    }
}
