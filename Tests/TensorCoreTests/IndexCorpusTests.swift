import Foundation
import XCTest
@testable import TensorCore

/// Replays Tests/Corpus/tensor-ops/index_cases.jsonl: 400 random subscripts (ints, slices,
/// newaxis, ellipsis, integer arrays, boolean masks, mixed) on a (3, 4, 5) array, for both
/// `a[index]` and `a[index] = value`, against numpy 2.4.6 (make_index_cases.py).
final class IndexCorpusTests: XCTestCase {
    struct Case: Decodable {
        let name: String
        let index: [Entry]
        let get: Outcome
        let set: Outcome
    }

    struct ArrayJSON: Decodable {
        let shape: [Int]
        let data: [Int64]
    }

    struct MaskJSON: Decodable {
        let shape: [Int]
        let data: [Bool]
    }

    struct Entry: Decodable {
        let int: Int?
        let slice: [Int?]?
        let newaxis: Bool?
        let ellipsis: Bool?
        let ints: ArrayJSON?
        let mask: MaskJSON?

        func index() throws -> TensorIndex {
            if let int { return .int(int) }
            if let slice { return .slice(start: slice[0], stop: slice[1], step: slice[2]) }
            if newaxis != nil { return .newAxis }
            if ellipsis != nil { return .ellipsis }
            if let ints { return .intArray(try Tensor(shape: ints.shape, values: ints.data)) }
            let mask = try XCTUnwrap(mask)
            return .boolMask(try Tensor(shape: mask.shape, values: mask.data))
        }
    }

    struct Outcome: Decodable {
        let shape: [Int]?
        let data: [Int64]?
        let error: ErrorJSON?
    }

    struct ErrorJSON: Decodable {
        let type: String
        let message: String
    }

    func check(_ name: String, _ outcome: Outcome, _ body: () throws -> Tensor) {
        do {
            let got = try body()
            XCTAssertNil(outcome.error, "\(name): expected \(outcome.error.map { "\($0.type): \($0.message)" } ?? "")")
            XCTAssertEqual(got.shape, outcome.shape, "\(name) shape")
            XCTAssertEqual(try got.values(as: Int64.self), outcome.data, "\(name) values")
        } catch let error as TensorError {
            XCTAssertEqual(error.message, outcome.error?.message, "\(name)")
            XCTAssertEqual(error.kind.rawValue, outcome.error?.type, "\(name)")
        } catch {
            XCTFail("\(name): \(error)")
        }
    }

    func testIndexingMatchesNumpy() throws {
        let file = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/tensor-ops/index_cases.jsonl")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 400)
        for line in lines {
            let c = try JSONDecoder().decode(Case.self, from: Data(line.utf8))
            let index = try c.index.map { try $0.index() }
            let base = try Tensor.arange(.int(0), .int(60)).reshape([3, 4, 5])
            check("get \(c.name)", c.get) { try base.getItem(index) }
            check("set \(c.name)", c.set) {
                let target = try Tensor.arange(.int(0), .int(60)).reshape([3, 4, 5])
                let selected = try target.getItem(index)
                if selected.ndim == 0 || selected.size == 0 {
                    try target.setItem(index, .int(-1))
                } else {
                    let count = Int64(selected.shape[selected.ndim - 1])
                    let values = try Tensor.subtract(.int(-1), .tensor(Tensor.arange(.int(0), .int(count))))
                    try target.setItem(index, .tensor(values))
                }
                return target
            }
        }
    }
}
