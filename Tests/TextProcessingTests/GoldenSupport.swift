import Foundation
import XCTest
import JSONText
@testable import TextProcessing

/// Fixtures live next to this file; goldens are read with our own JSON parser.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func json(_ name: String) throws -> JSONValue {
        try JSONParser.parse(Data(contentsOf: directory.appendingPathComponent(name)))
    }
}

extension JSONValue {
    var ints: [Int] { (array ?? []).compactMap(\.int) }
    var strings: [String] { (array ?? []).compactMap(\.string) }
    var ranges: [Range<Int>] { (array ?? []).map { $0.ints }.map { $0[0]..<$0[1] } }
}

/// Compares one encoding with a golden record; returns the names of the fields that differ.
func differences(_ e: Encoding, _ golden: JSONValue) -> [String] {
    var out: [String] = []
    if e.ids != golden["ids"]!.ints { out.append("ids") }
    if e.tokens != golden["tokens"]!.strings { out.append("tokens") }
    if e.offsets != golden["offsets"]!.ranges { out.append("offsets") }
    if e.typeIDs != golden["type_ids"]!.ints { out.append("type_ids") }
    if e.attentionMask != golden["attention_mask"]!.ints { out.append("attention_mask") }
    return out
}
