import XCTest
import Foundation
import NeuralNet

/// The keras / tensorflow.keras script modules: seed-shaped programs run through the
/// interpreter, summaries compared with what Keras 3 printed (the NeuralNet goldens).
final class KerasBindingTests: XCTestCase {
    /// Keras 3's summary texts, recorded by Tests/NeuralNetTests/Goldens/make_goldens.py.
    static let summaries: [String: String] = {
        let url = BindingsTestSupport.repositoryRoot.appendingPathComponent("Tests/NeuralNetTests/Goldens/summaries.json")
        guard let data = try? Data(contentsOf: url),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else { return [:] }
        return json.compactMapValues { $0["summary"] as? String }
    }()

    static let p1Model = """
        import numpy as np
        from tensorflow.keras.models import Sequential
        from tensorflow.keras.layers import Embedding, LSTM, Dense, Dropout
        model = Sequential([
            Embedding(input_dim=5000, output_dim=64, input_length=10),
            LSTM(64, return_sequences=False),
            Dropout(0.5),
            Dense(1, activation='sigmoid')
        ])
        model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
        x = np.array([[0] * 6 + [1, 3, 2, 4], [0] * 6 + [1, 5, 2, 4], [0] * 7 + [2, 6, 7], [0] * 7 + [2, 6, 8]])
        y = np.array([1, 0, 1, 0])

        """

    func testSummaryBeforeAndAfterFitMatchesKeras() throws {
        let before = try XCTUnwrap(Self.summaries["seed_p1_lstm_unbuilt"])
        let after = try XCTUnwrap(Self.summaries["seed_p1_lstm_after_fit"])
        let result = BindingsTestSupport.run(Self.p1Model + """
            model.summary()
            print("--")
            model.fit(x, y, epochs=1, batch_size=2, verbose=0)
            model.summary()
            """)
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, before + "--\n" + after)
    }

    func testFitReturnsHistoryAndPrintsKerasProgressLines() {
        // A clock that moves 1 ms a reading, so that which frames are drawn does not depend
        // on how busy the machine is: the first of each epoch, then only the final one.
        let realClock = Console.now
        var tick = 1_000.0
        Console.now = { tick += 0.001; return tick }
        defer { Console.now = realClock }
        let result = BindingsTestSupport.run(Self.p1Model + """
            history = model.fit(x, y, epochs=3, batch_size=2)
            print(sorted(history.history.keys()), [len(v) for v in history.history.values()])
            print(history.params, history.epoch)
            print(all(isinstance(v, float) for v in history.history["loss"]))
            print(repr(history).startswith("<keras.src.callbacks.history.History at 0x"))
            """)
        XCTAssertNil(result.error)
        let lines = result.output.components(separatedBy: "\n")
        XCTAssertEqual(lines.filter { $0.hasPrefix("Epoch ") }, ["Epoch 1/3", "Epoch 2/3", "Epoch 3/3"])
        // Keras's final frame of each epoch, its colours stripped.
        let plain = result.output.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        XCTAssertEqual(plain.components(separatedBy: "\r2/2 ━━━━━━━━━━━━━━━━━━━━ ").count, 4, plain)
        XCTAssertEqual(plain.components(separatedBy: "/step - accuracy: ").count, 7, plain)
        XCTAssertTrue(result.output.hasSuffix("""
            ['accuracy', 'loss'] [3, 3]
            {'verbose': 1, 'epochs': 3, 'steps': 2} [0, 1, 2]
            True
            True

            """), result.output)
    }

    func testPredictAndEvaluateReturnNumpyValues() {
        let result = BindingsTestSupport.run(Self.p1Model + """
            p = model.predict(x, verbose=0)
            print(type(p).__name__, p.dtype, p.shape, bool(((p > 0) & (p < 1)).all()))
            print(type(model.evaluate(x, y, verbose=0)).__name__, len(model.evaluate(x, y, verbose=0)))
            """)
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, "ndarray float32 (4, 1) True\nlist 2\n")
    }

    func testTrainOnBatchAndImagesFromArrays() {
        let result = BindingsTestSupport.run(Self.p1Model + """
            print(type(model.train_on_batch(x, y)).__name__, len(model.test_on_batch(x, y)))
            print(model.predict_on_batch(x).shape)
            import keras
            image = keras.utils.array_to_img(np.zeros((4, 6, 1)))
            print(image, image.size, image.mode)
            keras.utils.array_to_img(np.zeros((4, 6)))
            """)
        XCTAssertEqual(result.output, """
            list 2
            (4, 1)
            <PIL.Image.Image image mode=L size=6x4> (6, 4) L

            """)
        XCTAssertEqual(result.error, "ValueError: Expected image array to have rank 3 (single image). Got array with shape: (4, 6)")
    }

    func testBidirectionalWrapsARecurrentLayer() {
        let result = BindingsTestSupport.run("""
            import numpy as np
            from tensorflow.keras import layers, Sequential, Input
            model = Sequential([Input(shape=(5,)), layers.Embedding(20, 4), layers.Bidirectional(layers.LSTM(3))])
            print(model.output_shape, model.count_params(), [w.shape for w in model.layers[1].get_weights()])
            print(model.predict(np.ones((2, 5)), verbose=0).shape)
            layers.Bidirectional(layers.Dense(2))
            """)
        XCTAssertEqual(result.output, "(None, 6) 272 [(4, 12), (3, 12), (12,), (4, 12), (3, 12), (12,)]\n(2, 6)\n")
        XCTAssertEqual(result.error, "ValueError: Please initialize `Bidirectional` layer with a `keras.layers.Layer` instance. Received: <Dense name=dense, built=False>")
    }

    func testLossObjectsCompileLikeTheirNames() {
        let result = BindingsTestSupport.run(Self.p1Model + """
            from tensorflow.keras.losses import BinaryCrossentropy
            loss = BinaryCrossentropy()
            print(loss.name)
            model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
            by_object = model.evaluate(x, y, verbose=0)
            model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
            print(by_object == model.evaluate(x, y, verbose=0))
            model.compile(optimizer="adam", loss=BinaryCrossentropy(from_logits=True))
            print(model.evaluate(x, y, verbose=0) != by_object[0])
            """)
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, "binary_crossentropy\nTrue\nTrue\n")
    }

    func testTokenizerAndPaddingMatchKeras() {
        let result = BindingsTestSupport.run("""
            from keras.preprocessing.text import Tokenizer
            from keras.preprocessing.sequence import pad_sequences
            from keras.utils import to_categorical
            texts = ["I love this movie", "I hate this movie", "This was fantastic", "This was terrible"]
            tokenizer = Tokenizer(num_words=5000)
            tokenizer.fit_on_texts(texts)
            print(tokenizer.word_index)
            print(tokenizer.word_counts)
            print(tokenizer.document_count, tokenizer.index_word[1])
            sequences = tokenizer.texts_to_sequences(texts)
            print(sequences)
            padded = pad_sequences(sequences, maxlen=5, padding="post", truncating="pre")
            print(padded.dtype)
            print(padded)
            print(to_categorical([0, 2, 1], num_classes=3))
            """)
        XCTAssertNil(result.error)
        // CPython with Keras 3.x prints exactly this.
        XCTAssertEqual(result.output, """
            {'this': 1, 'i': 2, 'movie': 3, 'was': 4, 'love': 5, 'hate': 6, 'fantastic': 7, 'terrible': 8}
            OrderedDict([('i', 2), ('love', 1), ('this', 4), ('movie', 2), ('hate', 1), ('was', 2), ('fantastic', 1), ('terrible', 1)])
            4 this
            [[2, 5, 1, 3], [2, 6, 1, 3], [1, 4, 7], [1, 4, 8]]
            int32
            [[2 5 1 3 0]
             [2 6 1 3 0]
             [1 4 7 0 0]
             [1 4 8 0 0]]
            [[1. 0. 0.]
             [0. 0. 1.]
             [0. 1. 0.]]

            """)
    }

    func testTensorflowKerasShowsTheSameObjects() {
        let result = BindingsTestSupport.run("""
            import keras
            import tensorflow as tf
            from tensorflow.keras.layers import Dense
            from tensorflow.keras.models import Model
            print(tf.keras.layers.Dense is keras.layers.Dense, Dense is keras.layers.Dense, Model is keras.Model)
            print(tf.keras.preprocessing.sequence.pad_sequences is keras.utils.pad_sequences)
            """)
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, "True True True\nTrue\n")
    }

    func testFunctionalModelAndEagerLayerCalls() {
        let result = BindingsTestSupport.run("""
            import numpy as np
            from keras import layers, Model
            inputs = layers.Input(shape=(4,))
            outputs = layers.Dense(2, name="head")(inputs)
            print(inputs.shape, outputs.shape)
            model = Model(inputs, outputs, name="tiny")
            print(model.name, [l.name for l in model.layers], model.count_params())
            dense = model.get_layer("head")
            out = dense(np.ones((3, 4)))
            print(out.shape, out.dtype, [w.shape for w in dense.get_weights()])
            dense.trainable = False
            print(dense.trainable, len(model.trainable_weights))
            """)
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, """
            (None, 4) (None, 2)
            tiny ['input_layer', 'head'] 10
            (3, 2) float32 [(4, 2), (2,)]
            False 0

            """)
    }

    func testBadInputRaisesKerasWordedErrors() {
        let cases: [(String, String)] = [
            ("from keras.layers import Dense\nDense(0)",
             "ValueError: Received an invalid value for `units`, expected a positive integer. Received: units=0"),
            ("from keras.layers import Dropout\nDropout(1.5)",
             "ValueError: Invalid value received for argument `rate`. Expected a float value between 0 and 1. Received: rate=1.5"),
            ("from keras.layers import Dense\nDense(3, activation='nope')", "ValueError: Could not interpret activation function identifier: nope"),
            ("from keras.layers import Dense\nDense(3, unit=4)", "TypeError: Dense() got an unexpected keyword argument 'unit'"),
            ("from keras import Sequential\nfrom keras.layers import Dense\nm = Sequential([Dense(1)])\nm.fit([[1.0]], [1.0])",
             "ValueError: You must call `compile()` before training the model."),
            ("from keras import Sequential\nSequential().compile(optimizer='adamax')", "ValueError: Could not interpret optimizer identifier: adamax"),
            ("from keras import Sequential\nSequential([3])",
             "TypeError: Only instances of `keras.Layer` can be added to a Sequential model. Received: 3 (of type int)"),
            ("from keras.utils import pad_sequences\npad_sequences([[1]], padding='middle')", "ValueError: Padding type \"middle\" not understood"),
            ("from keras.utils import to_categorical\nto_categorical([3], num_classes=2)", "IndexError: index 3 is out of bounds for axis 1 with size 2"),
            ("from keras.preprocessing.text import Tokenizer\nTokenizer().texts_to_matrix(['a'])",
             "ValueError: Specify a dimension (`num_words` argument), or fit on some text data first."),
        ]
        for (source, expected) in cases {
            XCTAssertEqual(BindingsTestSupport.run(source).error, expected, source)
        }
    }

    /// MultiHeadAttention's call options from a script, eager and symbolic, as Keras 3.15
    /// answers the same program (except the symbolic scores' shape: Keras says (None, 3, 4, 4)).
    /// `keras.utils.set_random_seed` seeds numpy's global generator as well as Keras's own,
    /// so a seeded script draws the same data and builds the same weights on every run.
    func testSetRandomSeedSeedsNumpyAndWeights() {
        let result = BindingsTestSupport.run("""
            import numpy as np
            import keras
            def draw():
                keras.utils.set_random_seed(7)
                model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3)])
                return np.random.rand(3).tolist(), model.get_weights()[0].tolist()
            first, second = draw(), draw()
            np.random.seed(7)
            print(first == second, first[0] == np.random.rand(3).tolist())
            """)
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, "True True\n")
    }

    func testMultiHeadAttentionCallOptions() {
        let result = BindingsTestSupport.run("""
            import numpy as np
            import keras
            from keras import layers
            mha = layers.MultiHeadAttention(num_heads=2, key_dim=3)
            rng = np.random.RandomState(0)
            q, v = rng.rand(2, 4, 6), rng.rand(2, 5, 6)
            mask = np.ones((2, 4, 5), dtype=bool)
            mask[0, :, 3:] = False
            result = mha(q, v, attention_mask=mask, return_attention_scores=True)
            out, scores = result
            print(type(result).__name__, out.shape, scores.shape)
            print(np.allclose(scores.sum(-1), 1), (scores[0, :, :, 3:] == 0).all())
            causal = mha(query=q, value=q, use_causal_mask=True, return_attention_scores=True)[1]
            print(np.triu(causal[0, 0], 1).max(), causal.shape)
            print(mha(q, v).shape)
            qi, vi, mi = keras.Input((4, 6)), keras.Input((5, 6)), keras.Input((4, 5))
            o, s = layers.MultiHeadAttention(num_heads=3, key_dim=2)(qi, vi, attention_mask=mi, return_attention_scores=True)
            print(o.shape, s.shape)
            for bad in ["mha(q, v, attention_mask=np.ones((2, 3, 5)))", "layers.Dense(2)(q, attention_mask=mask)",
                        "mha(q, v, v, v)", "mha(q)", "mha(q, v, value=v)"]:
                try:
                    eval(bad)
                except Exception as e:
                    print(type(e).__name__ + ":", e)
            """)
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, """
            tuple (2, 4, 6) (2, 2, 4, 5)
            True True
            0.0 (2, 2, 4, 4)
            (2, 4, 6)
            (None, 4, 6) (None, 3, 4, 5)
            ValueError: The attention mask of layer 'multi_head_attention' must have shape (batch, query steps, value steps) = (2, 4, 5), or broadcast to it. Received: attention_mask.shape=(2, 3, 5)
            TypeError: Dense.call() got an unexpected keyword argument 'attention_mask'
            TypeError: MultiHeadAttention.call() takes from 3 to 4 positional arguments but 5 were given
            TypeError: MultiHeadAttention.call() missing 1 required positional argument: 'value'
            TypeError: MultiHeadAttention.call() got multiple values for argument 'value'

            """)
    }
}
