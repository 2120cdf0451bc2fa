import XCTest
import Foundation
@testable import NeuralNet

/// Keras's own Progbar, driven by a scripted clock in make_goldens.py, against ours driven
/// by the same clock: the bytes must agree (escape codes, backspaces, padding).
final class ProgbarTests: XCTestCase {
    struct Script: Decodable {
        let target: Int
        let verbose: Int
        let times: [Double]
        let updates: [Update]
        let output: String
    }

    /// `[current, [[name, value], ...], finalize]`
    struct Update: Decodable {
        let current: Int
        let values: [(String, Double)]
        let finalize: Bool

        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            current = try container.decode(Int.self)
            var pairs = try container.nestedUnkeyedContainer()
            var values: [(String, Double)] = []
            while !pairs.isAtEnd {
                var pair = try pairs.nestedUnkeyedContainer()
                values.append((try pair.decode(String.self), try pair.decode(Double.self)))
            }
            self.values = values
            finalize = try container.decode(Bool.self)
        }
    }

    func testMatchesKerasProgbarByteForByte() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens/progbar.json")
        let scripts = try JSONDecoder().decode([String: Script].self, from: Data(contentsOf: url))
        XCTAssertEqual(scripts.count, 4)
        let (savedWrite, savedNow) = (Console.write, Console.now)
        defer { (Console.write, Console.now) = (savedWrite, savedNow) }
        for (name, script) in scripts {
            var output = ""
            var clock = script.times.makeIterator()
            Console.write = { output += $0 }
            Console.now = { clock.next() ?? 0 }
            let bar = Progbar(target: script.target, verbose: script.verbose)
            for update in script.updates { bar.update(update.current, update.values, finalize: update.finalize) }
            XCTAssertEqual(output, script.output, name)
        }
    }
}
