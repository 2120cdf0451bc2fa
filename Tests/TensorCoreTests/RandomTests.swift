import Foundation
import XCTest
@testable import TensorCore

/// Replays RandomState sessions recorded from numpy by
/// Tests/Corpus/numpy-format/make_goldens.py and compares every draw bit for bit.
final class RandomTests: XCTestCase {
    struct Session {
        let name: String
        let seed: Any
        let calls: [[String: Any]]
    }

    func testStreamsMatchNumpy() throws {
        let sessions = try readSessions()
        XCTAssertGreaterThanOrEqual(sessions.count, 30)
        var comparedCalls = 0
        for session in sessions {
            let state: RandomState
            if let words = session.seed as? [Int] {
                state = try RandomState(seedArray: words.map { UInt32($0) })
            } else {
                state = RandomState(seed: UInt32(try integer(session.seed)))
            }
            for call in session.calls {
                let op = try XCTUnwrap(call["op"] as? String)
                let args = try XCTUnwrap(call["args"] as? [Any])
                let label = "\(session.name): \(op)\(args)"
                do {
                    let result = try run(state, op, args)
                    XCTAssertNil(call["error"], "\(label) should fail")
                    XCTAssertEqual(result, try XCTUnwrap(call["result"] as? [Any], label).map(describe), label)
                } catch let error as TensorError {
                    XCTAssertEqual("\(error.kind.rawValue): \(error.message)", call["error"] as? String, label)
                }
                comparedCalls += 1
            }
        }
        XCTAssertGreaterThanOrEqual(comparedCalls, 100)
    }

    func testKnownValuesFromTheResearchNotes() throws {
        let state = RandomState(seed: 42)
        XCTAssertEqual(try state.randomSample(3), [0.3745401188473625, 0.9507143064099162, 0.7319939418114051])
        state.seed(42)
        XCTAssertEqual(try state.standardNormal(3), [0.4967141530112327, -0.13826430117118466, 0.6476885381006925])
        XCTAssertEqual(try RandomState(seedArray: [42]).randomSample(1), [0.6394267984578837])
    }

    func testShuffleMovesRowsLikeIndices() throws {
        var rows = [[1, 2], [3, 4], [5, 6], [7, 8]]
        let order = try RandomState(seed: 3).shuffleIndices(rows.count)
        RandomState(seed: 3).shuffle(&rows)
        XCTAssertEqual(rows, order.map { [2 * $0 + 1, 2 * $0 + 2] })
    }

    func testGlobalStateIsSeedable() throws {
        RandomState.global.seed(42)
        XCTAssertEqual(try RandomState.global.randomSample(1), [0.3745401188473625])
    }

    func testBadCountsThrowInsteadOfTrapping() {
        let state = RandomState(seed: 0)
        XCTAssertThrowsError(try state.randomSample(-1))
        XCTAssertThrowsError(try state.standardNormal(-2))
        XCTAssertThrowsError(try state.randint(low: 0, high: 3, count: -1))
        XCTAssertThrowsError(try state.permutation(-1))
        XCTAssertThrowsError(try state.choice(populationSize: 3, count: -1, replace: false, p: nil))
    }

    // MARK: - Replaying calls

    /// Runs one recorded call and gives its results as the golden writes them.
    private func run(_ state: RandomState, _ op: String, _ args: [Any]) throws -> [String] {
        switch op {
        case "seed":
            if let words = args[0] as? [Int] {
                try state.seed(checkingArray: words)
            } else {
                try state.seed(checking: try integer(args[0]))
            }
            return []
        case "rand": return try state.randomSample(integer(args[0])).map(\.hexText)
        case "randn": return try state.standardNormal(integer(args[0])).map(\.hexText)
        case "randint":
            return try state.randint(low: Int64(integer(args[0])), high: Int64(integer(args[1])),
                                     count: integer(args[2])).map(String.init)
        case "uniform":
            return try state.uniform(low: double(args[0]), high: double(args[1]), count: integer(args[2]))
                .map(\.hexText)
        case "normal":
            return try state.normal(loc: double(args[0]), scale: double(args[1]), count: integer(args[2]))
                .map(\.hexText)
        case "choice":
            let p = try (args[3] as? [Any])?.map(double)
            return try state.choice(populationSize: integer(args[0]), count: integer(args[1]),
                                    replace: try XCTUnwrap(args[2] as? Bool), p: p).map(String.init)
        case "permutation": return try state.permutation(integer(args[0])).map(String.init)
        case "shuffle":
            var items = Array(0..<(try integer(args[0])))
            state.shuffle(&items)
            return items.map(String.init)
        default:
            throw NumpyGoldenError("unknown op \(op)")
        }
    }

    private func readSessions() throws -> [Session] {
        let testFile = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let path = testFile.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/numpy-format/random.jsonl")
        let text = try String(contentsOf: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Session(name: try XCTUnwrap(object["name"] as? String), seed: object["seed"] as Any,
                           calls: try XCTUnwrap(object["calls"] as? [[String: Any]]))
        }
    }

    /// A golden value in the text form the replay produces: ints in decimal, floats
    /// (stored as `float.hex()`) re-rendered as hex bits.
    private func describe(_ value: Any) -> String {
        if let text = value as? String, let number = Double(text) { return number.hexText }
        return "\(value)"
    }

    private func integer(_ value: Any) throws -> Int {
        if let number = value as? Int { return number }
        throw NumpyGoldenError("not an integer: \(value)")
    }

    private func double(_ value: Any) throws -> Double {
        if let number = value as? Double { return number }
        if let number = value as? Int { return Double(number) }
        if let text = value as? String, let number = Double(text) { return number }
        throw NumpyGoldenError("not a number: \(value)")
    }
}

private extension Double {
    /// The value's bits in hex (readable in failure messages, equal only for equal bits).
    var hexText: String { "0x" + String(bitPattern, radix: 16) }
}
