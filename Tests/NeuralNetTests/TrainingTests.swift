import XCTest
import TensorCore
@testable import NeuralNet

/// The seed notebooks' toy tasks, trained for real, plus the losses and optimizers checked
/// against values computed with Keras.
final class TrainingTests: XCTestCase {
    override func setUp() {
        LayerNames.clearSession()
        Randomness.seed(1)
        Console.write = { _ in }
    }

    /// 000.P1's four sentences as Keras's Tokenizer numbers them ("this" 1, "i" 2, "movie" 3,
    /// "was" 4, "love" 5, "hate" 6, "fantastic" 7, "terrible" 8), padded "pre" to length 10.
    let sentences = try! FloatTensor(shape: [4, 10], values: [
        0, 0, 0, 0, 0, 0, 2, 5, 1, 3,
        0, 0, 0, 0, 0, 0, 2, 6, 1, 3,
        0, 0, 0, 0, 0, 0, 0, 1, 4, 7,
        0, 0, 0, 0, 0, 0, 0, 1, 4, 8,
    ])
    let sentiment = try! FloatTensor(shape: [4], values: [1, 0, 1, 0])

    func accuracy(_ model: Model) throws -> Double {
        let logs = try model.evaluate(x: [sentences], y: sentiment, verbose: 0)
        return try XCTUnwrap(logs.first { $0.0 == "accuracy" }).1
    }

    func testSeedP1LSTMClassifierFitsItsSentences() throws {
        let model = try Sequential([
            Embedding(inputDim: 5000, outputDim: 64, inputLength: 10),
            LSTM(units: 64, returnSequences: false),
            Dropout(rate: 0.5),
            Dense(units: 1, activation: "sigmoid"),
        ])
        try model.compile(optimizer: .adam(), loss: Loss(name: "binary_crossentropy"), metrics: ["accuracy"])
        let history = try model.fit(x: [sentences], y: sentiment, batchSize: 2, epochs: 12)
        XCTAssertEqual(history.keys, ["accuracy", "loss"])
        let losses = try XCTUnwrap(history.history["loss"])
        XCTAssertEqual(losses.count, 12)
        XCTAssertLessThan(losses.last!, losses.first!)
        XCTAssertEqual(try accuracy(model), 1.0)
    }

    func testSeedP3ConvolutionClassifierFitsItsSentences() throws {
        let model = try Sequential([
            Embedding(inputDim: 5000, outputDim: 64, inputLength: 10),
            Conv1D(filters: 128, kernelSize: 3, activation: "relu"),
            GlobalMaxPooling1D(name: nil),
            Dense(units: 1, activation: "sigmoid"),
        ])
        try model.compile(optimizer: .adam(), loss: Loss(name: "binary_crossentropy"), metrics: ["accuracy"])
        try model.fit(x: [sentences], y: sentiment, batchSize: 2, epochs: 15, verbose: 0)
        XCTAssertEqual(try accuracy(model), 1.0)
    }

    func testSeedP2CharacterRNNContinuesHelloWorld() throws {
        let text = Array("hello world")
        let chars = Array(Set(text)).sorted()
        let index = Dictionary(uniqueKeysWithValues: chars.enumerated().map { ($1, $0) })
        var xs: [Float] = [], y = FloatTensor.zeros([text.count - 3, chars.count])
        for i in 0..<(text.count - 3) {
            xs += text[i..<(i + 3)].map { Float(index[$0]!) }
            y.data[i * chars.count + index[text[i + 3]]!] = 1
        }
        let model = try Sequential([
            Embedding(inputDim: chars.count, outputDim: 10, inputLength: 3),
            SimpleRNN(units: 50, returnSequences: false),
            Dense(units: chars.count, activation: "softmax"),
        ])
        try model.compile(optimizer: .adam(), loss: Loss(name: "categorical_crossentropy"), metrics: ["accuracy"])
        try model.fit(x: [FloatTensor(shape: [text.count - 3, 3], values: xs)], y: y, batchSize: 1, epochs: 100, verbose: 0)

        var seed = Array("hel"), window = seed.map { Float(index[$0]!) }
        for _ in 0..<8 {
            let probabilities = try model.predict(x: [FloatTensor(shape: [1, 3], values: window)], verbose: 0)[0].data
            let next = probabilities.indices.max { probabilities[$0] < probabilities[$1] }!
            seed.append(chars[next])
            window = Array(window.dropFirst()) + [Float(next)]
        }
        XCTAssertEqual(String(seed), "hello world")
    }

    func testFitPrintsKerasProgressLines() throws {
        var output = ""
        Console.write = { output += $0 }
        let model = try Sequential([InputLayer(shape: [2]), Dense(units: 1, activation: "sigmoid")])
        try model.compile(optimizer: .adam(), loss: Loss(name: "binary_crossentropy"), metrics: ["accuracy"])
        let x = try FloatTensor(shape: [4, 2], values: [0, 1, 1, 0, 1, 1, 0, 0])
        try model.fit(x: [x], y: try FloatTensor(shape: [4], values: [1, 1, 0, 0]), batchSize: 2, epochs: 2)
        let pattern = #"^Epoch 1/2\n(\x{08}*\r\x{1B}\[1m[12]/2\x{1B}\[0m [^\n]*)+\n"#
            + #"Epoch 2/2\n(\x{08}*\r\x{1B}\[1m[12]/2\x{1B}\[0m [^\n]*)+\n$"#
        XCTAssertNotNil(output.range(of: pattern, options: .regularExpression), output.debugDescription)
        XCTAssertTrue(output.contains("━━━━━━━━━━━━━━━━━━━━\u{1B}[0m\u{1B}[37m\u{1B}[0m \u{1B}[1m0s\u{1B}[0m "))
        XCTAssertNotNil(output.range(of: #"step - accuracy: \d\.\d{4} - loss: \d\.\d{4} *\n"#, options: .regularExpression))
    }

    func testValidationSplitAddsValLogsAfterTrainingOnes() throws {
        let model = try Sequential([InputLayer(shape: [2]), Dense(units: 1, activation: "sigmoid")])
        try model.compile(optimizer: .sgd(), loss: Loss(name: "binary_crossentropy"), metrics: ["accuracy"])
        let x = try FloatTensor(shape: [5, 2], values: [0, 1, 1, 0, 1, 1, 0, 0, 1, 1])
        let history = try model.fit(x: [x], y: try FloatTensor(shape: [5], values: [1, 1, 0, 0, 0]), epochs: 2, verbose: 0, validationSplit: 0.4)
        XCTAssertEqual(history.keys, ["accuracy", "loss", "val_accuracy", "val_loss"])
        XCTAssertEqual(history.params.steps, 1)
    }

    func testFrozenDiscriminatorStaysFixedWhileTheGANTrains() throws {
        let generator = try Sequential([InputLayer(shape: [3]), Dense(units: 8, activation: "relu"), BatchNormalization(),
                                        Dense(units: 4, activation: "tanh"), Reshape(targetShape: [2, 2])])
        let discriminator = try Sequential([InputLayer(shape: [2, 2]), Flatten(name: nil), Dense(units: 4, activation: "relu"),
                                            Dropout(rate: 0.3), Dense(units: 1, activation: "sigmoid")])
        try discriminator.compile(optimizer: .adam(learningRate: 0.0002), loss: Loss(name: "binary_crossentropy"), metrics: ["accuracy"])
        discriminator.trainable = false
        let gan = try Sequential([generator, discriminator])
        try gan.compile(optimizer: .adam(learningRate: 0.01), loss: Loss(name: "binary_crossentropy"))
        let frozen = discriminator.getWeights(), before = generator.getWeights()
        let noise = FloatTensor(shape: [8, 3], data: try RandomState(seed: 4).standardNormal(24).map { Float($0) })
        let history = try gan.fit(x: [noise], y: FloatTensor(repeating: 1, shape: [8]), batchSize: 4, epochs: 5, verbose: 0)
        XCTAssertEqual(discriminator.getWeights(), frozen)
        XCTAssertNotEqual(generator.getWeights(), before)
        let losses = try XCTUnwrap(history.history["loss"])
        XCTAssertLessThan(losses.last!, losses.first!)
    }

    /// The GAN loop of Notebooks/tutorial-keras-gan-digits.nlpnb in small: `trainable` is read
    /// when each step runs, so the discriminator learns while thawed and stays put while frozen.
    func testTrainOnBatchUpdatesOnlyWhatIsTrainableNow() throws {
        let discriminator = try Sequential([InputLayer(shape: [2]), Dense(units: 1, activation: "sigmoid")])
        try discriminator.compile(optimizer: .adam(), loss: Loss(name: "binary_crossentropy"), metrics: ["accuracy"])
        let x = try FloatTensor(shape: [2, 2], values: [1, 2, -1, 0.5]), y = try FloatTensor(shape: [2, 1], values: [1, 0])
        let before = discriminator.getWeights()
        let logs = try discriminator.trainOnBatch(x: [x], y: y)
        XCTAssertEqual(logs.map(\.0), ["loss", "accuracy"])
        XCTAssertNotEqual(discriminator.getWeights(), before)
        discriminator.trainable = false
        let thawedResult = discriminator.getWeights()
        _ = try discriminator.trainOnBatch(x: [x], y: y)
        XCTAssertEqual(discriminator.getWeights(), thawedResult)
        // test_on_batch measures without training; its loss is the inference-mode loss of the batch.
        let tested = try discriminator.testOnBatch(x: [x], y: y)
        let evaluated = try discriminator.evaluate(x: [x], y: y, verbose: 0)
        XCTAssertEqual(tested.map(\.1), evaluated.map(\.1))
        XCTAssertEqual(try discriminator.predictOnBatch(x: [x]), try discriminator.predict(x: [x], verbose: 0))
    }

    /// One train_on_batch step is one fit step on the same batch: same loss, same new weights.
    func testTrainOnBatchIsOneFitStep() throws {
        func model() throws -> Sequential {
            Randomness.seed(3)
            LayerNames.clearSession()
            let m = try Sequential([InputLayer(shape: [3]), Dense(units: 4, activation: "tanh"), Dense(units: 1)])
            try m.compile(optimizer: .sgd(learningRate: 0.1, momentum: 0.9, nesterov: false), loss: Loss(name: "mse"))
            return m
        }
        let x = try FloatTensor(shape: [4, 3], values: [1, 0, 2, -1, 1, 0, 0.5, 0.5, 0.5, 2, -2, 1])
        let y = try FloatTensor(shape: [4, 1], values: [1, -1, 0, 2])
        let (a, b) = (try model(), try model())
        let loss = try a.trainOnBatch(x: [x], y: y)
        let history = try b.fit(x: [x], y: y, batchSize: 4, epochs: 1, verbose: 0, shuffle: false)
        XCTAssertEqual(loss.map(\.0), ["loss"])
        XCTAssertEqual(loss[0].1, try XCTUnwrap(history.history["loss"]?.first), accuracy: 1e-6)
        XCTAssertEqual(a.getWeights(), b.getWeights())
    }

    /// `SimpleRNN(dropout=...)` drops input features while training only.
    func testRecurrentDropoutMasksFeaturesForEveryStep() throws {
        let rnn = try SimpleRNN(units: 4, activation: "linear", useBias: false, returnSequences: true)
        rnn.dropout = 0.5
        let model = try Sequential([InputLayer(shape: [3, 6]), rnn])
        let x = FloatTensor(repeating: 1, shape: [8, 3, 6])
        let inference = try model.forward([x], training: false)
        XCTAssertEqual(inference, try model.forward([x], training: false))
        let training = try model.forward([x], training: true)[0]
        XCTAssertNotEqual(inference[0], training)
        // One mask per sample and feature serves every step: with no recurrence (a zero
        // recurrent kernel) and equal inputs, every step of a sample gives the same output.
        let weights = model.getWeights()
        try model.setWeights([weights[0], FloatTensor.zeros(weights[1].shape)])
        let steps = try model.forward([x], training: true)[0].data
        for sample in 0..<8 {
            let row = Array(steps[(sample * 12)..<(sample * 12 + 4)])
            XCTAssertEqual(Array(steps[(sample * 12 + 4)..<(sample * 12 + 8)]), row)
            XCTAssertEqual(Array(steps[(sample * 12 + 8)..<(sample * 12 + 12)]), row)
        }
        // Clamped to 1, as Keras clamps it, and then (as in Keras) not applied at all.
        rnn.dropout = 2
        XCTAssertEqual(rnn.dropout, 1)
        XCTAssertEqual(try model.forward([x], training: true), try model.forward([x], training: false))
    }

    func testTwoInputFunctionalModelTrains() throws {
        let a = try Input(shape: [2]), b = try Input(shape: [2])
        let shared = try Dense(units: 3, activation: "tanh")
        let merged = try Concatenate()(try shared([a]) + shared([b]))
        let model = try Functional(inputs: [a, b], outputs: try Dense(units: 1)(merged))
        try model.compile(optimizer: .rmsprop(learningRate: 0.01), loss: Loss(name: "mse"), metrics: ["mae"])
        let generator = RandomState(seed: 9)
        let xa = FloatTensor(shape: [16, 2], data: try generator.uniform(low: -1, high: 1, count: 32).map { Float($0) })
        let xb = FloatTensor(shape: [16, 2], data: try generator.uniform(low: -1, high: 1, count: 32).map { Float($0) })
        let y = FloatTensor(shape: [16], data: (0..<16).map { xa.data[2 * $0] - xb.data[2 * $0 + 1] })
        let history = try model.fit(x: [xa, xb], y: y, batchSize: 4, epochs: 30, verbose: 0)
        XCTAssertEqual(history.keys, ["loss", "mae"])
        let losses = try XCTUnwrap(history.history["loss"])
        XCTAssertLessThan(losses.last!, losses.first! / 4)
    }

    func testLossesMatchKeras() throws {
        // keras.losses.binary_crossentropy([[1],[0]], [[0.9],[0.2]]) → mean 0.16425204
        let p = Variable(try FloatTensor(shape: [2, 1], values: [0.9, 0.2]))
        XCTAssertEqual(try Loss.binaryCrossentropy(fromLogits: false).batchLoss(p, try FloatTensor(shape: [2], values: [1, 0])).value.data[0], 0.16425204, accuracy: 1e-6)
        // categorical_crossentropy([[0,1,0]], [[0.2,0.5,0.3]]) = -log(0.5)
        let q = Variable(try FloatTensor(shape: [1, 3], values: [0.2, 0.5, 0.3]))
        XCTAssertEqual(try Loss.categoricalCrossentropy(fromLogits: false).batchLoss(q, try FloatTensor(shape: [1, 3], values: [0, 1, 0])).value.data[0], 0.6931472, accuracy: 1e-6)
        XCTAssertEqual(try Loss.sparseCategoricalCrossentropy(fromLogits: false).batchLoss(q, try FloatTensor(shape: [1], values: [1])).value.data[0], 0.6931472, accuracy: 1e-6)
        // Clipping: a probability of exactly 0 for the true class costs -log(1e-7).
        let zero = Variable(try FloatTensor(shape: [1, 2], values: [1, 0]))
        XCTAssertEqual(try Loss.categoricalCrossentropy(fromLogits: false).batchLoss(zero, try FloatTensor(shape: [1, 2], values: [0, 1])).value.data[0], 16.118095, accuracy: 1e-4)
        // from_logits and softmax outputs (Keras uses the logits behind a softmax).
        let logits = Variable(try FloatTensor(shape: [1, 3], values: [1, 2, 3]))
        let fromLogits = try Loss.categoricalCrossentropy(fromLogits: true).batchLoss(logits, try FloatTensor(shape: [1, 3], values: [0, 0, 1])).value.data[0]
        XCTAssertEqual(fromLogits, 0.40760596, accuracy: 1e-6)
        let softmaxed = try ActivationFunction.softmax.apply(logits)
        XCTAssertEqual(try Loss.categoricalCrossentropy(fromLogits: false).batchLoss(softmaxed, try FloatTensor(shape: [1, 3], values: [0, 0, 1])).value.data[0], fromLogits, accuracy: 1e-6)
        let r = Variable(try FloatTensor(shape: [2, 2], values: [1, 2, 3, 4]))
        let t = try FloatTensor(shape: [2, 2], values: [0, 2, 5, 3])
        XCTAssertEqual(try Loss.meanSquaredError.batchLoss(r, t).value.data[0], 1.5)
        XCTAssertEqual(try Loss.meanAbsoluteError.batchLoss(r, t).value.data[0], 1.0)
        XCTAssertThrowsError(try Loss.sparseCategoricalCrossentropy(fromLogits: false).batchLoss(q, try FloatTensor(shape: [1], values: [3]))) { error in
            XCTAssertEqual((error as? TensorError)?.message, "Received a label value of 3 which is outside the valid range of [0, 3).")
        }
        XCTAssertThrowsError(try Loss(name: "hinge_loss_typo"))
    }

    func testLossGradientsMatchFiniteDifferences() throws {
        let target = try FloatTensor(shape: [2, 3], values: [0, 1, 0, 1, 0, 0])
        try checkGradients([[2, 3]]) { try Loss.categoricalCrossentropy(fromLogits: true).batchLoss($0[0], target) }
        try checkGradients([[2, 3]]) { try Loss.categoricalCrossentropy(fromLogits: false).batchLoss($0[0].sigmoid(), target) }
        try checkGradients([[2, 1]]) { try Loss.binaryCrossentropy(fromLogits: false).batchLoss($0[0].sigmoid(), try FloatTensor(shape: [2], values: [1, 0])) }
    }

    func testAdamStepMatchesKerasFormula() throws {
        // One Adam step from w = 1 with g = 0.5: m = 0.05, v = 0.00025, α = 0.001·√0.001/0.1,
        // w = 1 − 0.05·α/(√0.00025 + 1e-7) ≈ 0.999 (Keras gives 0.99900001).
        let layer = try Dense(units: 1)
        let weight = try layer.addWeight("w", shape: [1], initializer: .ones)
        let adam = Optimizer.adam()
        adam.apply([(weight, FloatTensor(repeating: 0.5, shape: [1]))])
        XCTAssertEqual(weight.value.data[0], 0.99900001, accuracy: 1e-7)
        XCTAssertEqual(adam.variableCount(trainableParams: 418), 838)
        let sgd = Optimizer.sgd(learningRate: 0.1, momentum: 0.9)
        sgd.apply([(weight, FloatTensor(repeating: 1, shape: [1]))])
        sgd.apply([(weight, FloatTensor(repeating: 1, shape: [1]))])
        // m1 = −0.1, w −= 0.1; m2 = −0.09 − 0.1 = −0.19, w −= 0.19
        XCTAssertEqual(weight.value.data[0], 0.99900001 - 0.29, accuracy: 1e-6)
    }

    func testBadInputsGiveKerasErrors() throws {
        let model = try Sequential([InputLayer(shape: [3]), Dense(units: 1)])
        XCTAssertThrowsError(try model.fit(x: [FloatTensor.zeros([2, 3])], y: FloatTensor.zeros([2]))) { error in
            XCTAssertEqual((error as? TensorError)?.message, "You must call `compile()` before training the model.")
        }
        try model.compile(optimizer: .adam(), loss: .meanSquaredError)
        XCTAssertThrowsError(try model.fit(x: [FloatTensor.zeros([2, 3])], y: FloatTensor.zeros([3]), verbose: 0))
        XCTAssertThrowsError(try model.predict(x: [FloatTensor.zeros([2, 4])], verbose: 0)) { error in
            // Keras 3 (TensorFlow) wraps the first layer's InputSpec error in Sequential.call's.
            XCTAssertEqual((error as? TensorError)?.message, """
                Exception encountered when calling Sequential.call().

                \u{1B}[1mInput 0 with name 'None' of layer 'dense' is incompatible with the layer: expected axis -1 of input shape to have value 3, but received input with shape (2, 4)\u{1B}[0m

                Arguments received by Sequential.call():
                  • inputs=tf.Tensor(shape=(2, 4), dtype=float32)
                  • training=False
                  • mask=None
                  • kwargs=<class 'inspect._empty'>
                """)
        }
        XCTAssertThrowsError(try model.fit(x: [FloatTensor.zeros([2, 3])], y: FloatTensor.zeros([2, 4]), verbose: 0)) { error in
            XCTAssertEqual((error as? TensorError)?.message, "Arguments `target` and `output` must have the same shape. Received: target.shape=(None, 4), output.shape=(None, 1)")
        }
        let input = try Input(shape: [3])
        let functional = try Functional(inputs: [input], outputs: try Dense(units: 1)([input]))
        XCTAssertThrowsError(try functional.predict(x: [FloatTensor.zeros([2, 4])], verbose: 0)) { error in
            XCTAssertEqual((error as? TensorError)?.message, "Input 0 with name 'input_layer_1' of layer 'functional_1' is incompatible with the layer: expected shape=(None, 3), found shape=(2, 4)")
        }
        let classifier = try Sequential([InputLayer(shape: [3]), Dense(units: 4, activation: "softmax")])
        try classifier.compile(optimizer: .adam(), loss: Loss(name: "categorical_crossentropy"))
        XCTAssertThrowsError(try classifier.fit(x: [FloatTensor.zeros([2, 3])], y: FloatTensor.zeros([2]), verbose: 0)) { error in
            XCTAssertEqual((error as? TensorError)?.message, "Arguments `target` and `output` must have the same rank (ndim). Received: target.shape=(None,), output.shape=(None, 4)")
        }
        try classifier.compile(optimizer: .adam(), loss: Loss(name: "sparse_categorical_crossentropy"))
        XCTAssertThrowsError(try classifier.fit(x: [FloatTensor.zeros([2, 3])], y: FloatTensor.zeros([2, 4]), verbose: 0)) { error in
            XCTAssertEqual((error as? TensorError)?.message, "Argument `output` must have rank (ndim) `target.ndim - 1`. Received: target.shape=(None, 4), output.shape=(None, 4)")
        }
        XCTAssertThrowsError(try Dense(units: 2, activation: "relu6x")) { error in
            XCTAssertEqual((error as? TensorError)?.description, "ValueError: Could not interpret activation function identifier: relu6x")
        }
        let embedding = try Sequential([InputLayer(shape: [2]), Embedding(inputDim: 5, outputDim: 2)])
        XCTAssertThrowsError(try embedding.predict(x: [try FloatTensor(shape: [1, 2], values: [1, 5])], verbose: 0)) { error in
            XCTAssertEqual((error as? TensorError)?.message, "indices[0,1] = 5 is not in [0, 5)")
        }
        XCTAssertThrowsError(try embedding.predict(x: [try FloatTensor(shape: [1, 2], values: [.nan, 1])], verbose: 0))
        XCTAssertThrowsError(try embedding.predict(x: [try FloatTensor(shape: [1, 2], values: [1e30, 1])], verbose: 0))
    }
}
