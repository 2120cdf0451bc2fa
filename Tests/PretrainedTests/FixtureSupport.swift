import Foundation
import TensorCore
import XCTest
@testable import Pretrained

/// The fixtures folder (tiny models and goldens made by Fixtures/make_fixtures.py).
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

/// Where Tests/fetch_real_models.sh puts the real all-MiniLM-L6-v2.
let realMiniLMFolder = URL(fileURLWithPath: fixtures).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".build/models/all-MiniLM-L6-v2").path

/// A fixture model's checkpoint.
func fixtureCheckpoint(_ name: String) throws -> Checkpoint {
    try Checkpoint(folder: fixtures + "/" + name, displayName: name)
}

/// The goldens transformers computed for a fixture model.
func goldens(_ model: String) throws -> SafeTensorsFile {
    try SafeTensorsFile(path: fixtures + "/" + model + "/goldens.safetensors")
}

extension SafeTensorsFile {
    /// An int64 golden of shape (rows, columns) as nested arrays.
    func ids(_ name: String) throws -> [[Int]] {
        let tensor = try self.tensor(name)
        let values = try tensor.values(as: Int64.self).map(Int.init)
        let width = tensor.shape.last ?? 0
        return stride(from: 0, to: values.count, by: width).map { Array(values[$0..<$0 + width]) }
    }
}

/// Asserts equal shapes and every element within `tolerance` + `relativeTolerance` × the
/// largest |expected| element (a norm-wise relative bound, for outputs whose scale makes
/// float32 rounding alone exceed a fixed tolerance); prints the largest absolute difference
/// so the test log records how close we are.
func assertClose(_ actual: Tensor, _ expected: Tensor, tolerance: Float = 1e-4, relativeTolerance: Float = 0,
                 _ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
    XCTAssertEqual(actual.shape, expected.shape, "\(label): shape", file: file, line: line)
    guard actual.shape == expected.shape else { return }
    let a = try actual.values(as: Float.self), b = try expected.values(as: Float.self)
    var worst: Float = 0
    for i in a.indices { worst = max(worst, abs(a[i] - b[i])) }
    let bound = tolerance + relativeTolerance * (b.map(abs).max() ?? 0)
    print("max abs diff \(label): \(worst)")
    XCTAssertLessThanOrEqual(worst, bound, "\(label): max abs diff", file: file, line: line)
}

/// Runs `body`, expecting a PretrainedError of `kind` whose message contains every one of `fragments`.
func assertPretrainedError<T>(_ kind: PretrainedError.Kind, _ fragments: [String], file: StaticString = #filePath,
                              line: UInt = #line, _ body: () throws -> T) {
    do {
        _ = try body()
        XCTFail("expected \(kind.rawValue)", file: file, line: line)
    } catch let error as PretrainedError {
        XCTAssertEqual(error.kind, kind, error.message, file: file, line: line)
        for fragment in fragments {
            XCTAssertTrue(error.message.contains(fragment), "message lacks '\(fragment)':\n\(error.message)", file: file, line: line)
        }
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
}

/// A fresh temporary folder, removed when the test ends.
func temporaryFolder(_ test: XCTestCase) throws -> String {
    let path = NSTemporaryDirectory() + "pretrained-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}
