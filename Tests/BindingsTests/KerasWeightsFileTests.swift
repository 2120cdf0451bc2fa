import XCTest
import Foundation
import Script

/// `model.save_weights` / `model.load_weights` in safetensors: a file written by the real
/// `safetensors` library for a real Keras model (Tests/NeuralNetTests/Goldens/
/// make_weights_golden.py) loads and predicts as Keras did, saving writes the same bytes,
/// and every mismatch is a clear Python error that leaves the model untouched.
final class KerasWeightsFileTests: XCTestCase {
    static let goldens = BindingsTestSupport.repositoryRoot.appendingPathComponent("Tests/NeuralNetTests/Goldens")
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nlpnb-weights-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    static let header = """
        import numpy as np
        import keras
        from keras import layers

        """

    /// A small Sequential model named by `units` of its last layer.
    func sequential(_ units: Int, extra: Bool = false) -> String {
        "keras.Sequential([keras.Input((4,)), layers.Dense(3, activation='relu'), layers.Dense(\(units))\(extra ? ", layers.Dense(2)" : "")])"
    }

    func testLoadsTheRealLibrarysFileAndSavesTheSameBytes() throws {
        let data = try Data(contentsOf: Self.goldens.appendingPathComponent("weights_model.json"))
        let spec = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let source = try XCTUnwrap(spec["model_source"] as? String)
        let input = try XCTUnwrap(spec["input"] as? [[Double]])
        let expected = try XCTUnwrap(spec["prediction"] as? [Double])
        let fixture = Self.goldens.appendingPathComponent("weights_model.safetensors").path
        let saved = folder.appendingPathComponent("again.safetensors").path
        let result = BindingsTestSupport.run(Self.header + source + """
            model.load_weights('\(fixture)')
            for value in model.predict(np.array(\(input)), verbose=0).ravel().tolist():
                print(value)
            model.save_weights('\(saved)')
            """)
        XCTAssertNil(result.error)
        let predicted = result.output.split(separator: "\n").compactMap { Double($0) }
        XCTAssertEqual(predicted.count, expected.count)
        for (ours, keras) in zip(predicted, expected) { XCTAssertEqual(ours, keras, accuracy: 1e-5) }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: saved)), try Data(contentsOf: URL(fileURLWithPath: fixture)))
    }

    func testRoundTripIntoARebuiltModelWritesOnlyTheFileAskedFor() throws {
        let path = folder.appendingPathComponent("model.safetensors").path
        let result = BindingsTestSupport.run(Self.header + """
            model = \(sequential(2))
            model.compile(optimizer='adam', loss='mse')
            x = np.random.RandomState(0).rand(8, 4)
            model.fit(x, np.ones((8, 2)), epochs=2, verbose=0)
            model.save_weights('\(path)')
            model.save_weights('\(path)')
            before = model.predict(x, verbose=0)
            again = \(sequential(2))
            again.load_weights('\(path)')
            print(all(np.array_equal(a, b) for a, b in zip(model.get_weights(), again.get_weights())))
            print(np.array_equal(again.predict(x, verbose=0), before))
            """)
        XCTAssertNil(result.error)
        XCTAssertEqual(result.output, "True\nTrue\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["model.safetensors"])
    }

    func testFileNamesFollowKerassRuleWithSafetensorsSuffix() {
        let result = BindingsTestSupport.run(Self.header + "\(sequential(2)).save_weights('\(folder.path)/model.weights.h5')")
        XCTAssertEqual(result.error, "ValueError: The filename must end in `.safetensors` (nlpnb saves weights as safetensors, not HDF5). Received: filepath=\(folder.path)/model.weights.h5")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
        let missing = BindingsTestSupport.run(Self.header + "\(sequential(2)).load_weights('\(folder.path)/none.safetensors')")
        XCTAssertEqual(missing.error, "FileNotFoundError: [Errno 2] No such file or directory: '\(folder.path)/none.safetensors'")
        let unbuilt = BindingsTestSupport.run(Self.header + "keras.Sequential([layers.Dense(2)]).save_weights('\(folder.path)/m.safetensors')")
        XCTAssertEqual(unbuilt.error, "ValueError: You are loading weights into a model that has not yet been built. Try building the model first by calling it on some data or by using `build()`.")
    }

    func testWritesOnlyWhereTheHostAllows() throws {
        let path = folder.appendingPathComponent("denied.safetensors").path
        let source = Self.header + "\(sequential(2)).save_weights('\(path)')"
        let message: String? = Interpreter.runOnLargeStack {
            let interp = BindingsTestSupport.interpreter { _ in }
            interp.fileWriteCheck = { !$0.hasSuffix("denied.safetensors") }
            do {
                try interp.run(source: source, filename: "<test>")
                return nil
            } catch let error as PyException {
                return interp.formatTraceback(error).split(separator: "\n").last.map(String.init)
            } catch {
                return "\(error)"
            }
        }
        XCTAssertEqual(message, "PermissionError: [Errno 13] Permission denied: '\(path)'")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    /// Loads into a model whose weights are all 7, then checks they stayed 7.
    func loadError(_ model: String, from path: String) -> String? {
        let result = BindingsTestSupport.run(Self.header + """
            model = \(model)
            model.set_weights([np.full(w.shape, 7.0) for w in model.get_weights()])
            try:
                model.load_weights('\(path)')
            finally:
                print(all((w == 7).all() for w in model.get_weights()))
            """)
        XCTAssertEqual(result.output, "True\n", "a failed load changed the model")
        return result.error
    }

    func testMismatchesAreValueErrorsThatChangeNothing() throws {
        let path = folder.appendingPathComponent("two.safetensors").path
        XCTAssertNil(BindingsTestSupport.run(Self.header + "\(sequential(2)).save_weights('\(path)')").error)
        let prefix = "ValueError: Can't load weights from '\(path)' into model "
        XCTAssertEqual(loadError(sequential(5), from: path),
                       prefix + "'sequential': tensor 'dense_1/kernel' has shape (3, 2), but the variable 'kernel' of layer 'dense_1' has shape (3, 5).")
        XCTAssertEqual(loadError(sequential(2, extra: true), from: path),
                       prefix + "'sequential': the file has no tensor 'dense_2/kernel' for the variable 'kernel' of layer 'dense_2'.")
        XCTAssertEqual(loadError("keras.Sequential([keras.Input((4,)), layers.Dense(3)])", from: path),
                       prefix + "'sequential': the file's tensor 'dense_1/bias' is no variable of this model, whose variables are saved as 'dense/kernel', 'dense/bias'.")
    }

    func testMalformedAndWronglyTypedFilesAreClearErrors() throws {
        let truncated = folder.appendingPathComponent("truncated.safetensors")
        let fixture = try Data(contentsOf: Self.goldens.appendingPathComponent("weights_model.safetensors"))
        try fixture.prefix(fixture.count - 4).write(to: truncated)
        XCTAssertEqual(loadError(sequential(2), from: truncated.path)?.hasPrefix("OSError: Invalid safetensors file \(truncated.path): "), true)
        let garbage = folder.appendingPathComponent("garbage.safetensors")
        try Data("not a safetensors file".utf8).write(to: garbage)
        XCTAssertEqual(loadError(sequential(2), from: garbage.path)?.hasPrefix("OSError: Invalid safetensors file"), true)
        // The right names and shapes, stored as float64.
        let doubles = folder.appendingPathComponent("doubles.safetensors")
        try safetensors([("dense/kernel", [4, 3]), ("dense/bias", [3]), ("dense_1/kernel", [3, 2]), ("dense_1/bias", [2])],
                        dtype: "F64", itemSize: 8).write(to: doubles)
        XCTAssertEqual(loadError(sequential(2), from: doubles.path),
                       "ValueError: Can't load weights from '\(doubles.path)' into model 'sequential': tensor 'dense/kernel' is stored as F64, but the variable 'kernel' of layer 'dense' is float32 (F32).")
    }

    /// A safetensors file of zeros, by its format's definition: header length, JSON, data.
    func safetensors(_ tensors: [(String, [Int])], dtype: String, itemSize: Int) -> Data {
        var offset = 0
        let entries = tensors.map { name, shape -> String in
            let size = shape.reduce(itemSize, *)
            defer { offset += size }
            return "\"\(name)\":{\"dtype\":\"\(dtype)\",\"shape\":\(shape),\"data_offsets\":[\(offset),\(offset + size)]}"
        }
        let header = Data("{\(entries.joined(separator: ","))}".utf8)
        var file = Data()
        withUnsafeBytes(of: UInt64(header.count).littleEndian) { file.append(contentsOf: $0) }
        return file + header + Data(count: offset)
    }
}
