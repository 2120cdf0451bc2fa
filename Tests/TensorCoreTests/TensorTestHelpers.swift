import Foundation
import XCTest
@testable import TensorCore

/// Shorthands for building tensors and checking them in the engine's tests.
enum T {
    static func f64(_ values: [Double], _ shape: [Int]? = nil) -> Tensor { make(values, shape) }
    static func f32(_ values: [Float], _ shape: [Int]? = nil) -> Tensor { make(values, shape) }
    static func i64(_ values: [Int64], _ shape: [Int]? = nil) -> Tensor { make(values, shape) }
    static func i32(_ values: [Int32], _ shape: [Int]? = nil) -> Tensor { make(values, shape) }
    static func bool(_ values: [Bool], _ shape: [Int]? = nil) -> Tensor { make(values, shape) }

    private static func make<S: TensorScalar>(_ values: [S], _ shape: [Int]?) -> Tensor {
        // The tests only build shapes that match their values.
        try! Tensor(shape: shape ?? [values.count], values: values)
    }

    /// The same deterministic data the numpy snippets in these tests generate:
    /// `((i*7919) % 10007 - 5003) / 37 * 10**(i % 7 - 3)`, cast to `dtype`.
    static func data(_ n: Int, _ dtype: DType) -> Tensor {
        var values: [Double] = []
        for i in 0..<n {
            let numerator = Double((i * 7919) % 10007 - 5003)
            let scale: Double = pow(10.0, Double(i % 7 - 3))
            values.append(numerator / 37.0 * scale)
        }
        return try! f64(values).astype(dtype)
    }
}

func assertTensor<S: TensorScalar>(_ tensor: Tensor, _ expected: [S], shape: [Int], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(tensor.dtype, S.dtype, "dtype", file: file, line: line)
    XCTAssertEqual(tensor.shape, shape, "shape", file: file, line: line)
    XCTAssertEqual(try tensor.values(as: S.self), expected, file: file, line: line)
}

func assertThrows(_ kind: PythonErrorKind, _ message: String, file: StaticString = #filePath, line: UInt = #line,
                  _ body: () throws -> Any) {
    do {
        _ = try body()
        XCTFail("expected \(kind.rawValue): \(message)", file: file, line: line)
    } catch let error as TensorError {
        XCTAssertEqual(error.kind, kind, file: file, line: line)
        XCTAssertEqual(error.message, message, file: file, line: line)
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
}
