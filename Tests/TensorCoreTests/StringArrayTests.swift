import XCTest
@testable import TensorCore

/// numpy's `<U` string arrays: widths, views that write through, assignment that cuts to the
/// width, code-point order, and printing, against numpy 2.4.6.
final class StringArrayTests: XCTestCase {
    func words() throws -> StringArray { try StringArray(shape: [2, 3], strings: ["the", "cat", "sat", "on", "a", "mat"]) }

    func testWidthAndDTypeName() throws {
        let a = try words()
        XCTAssertEqual(a.dtypeName, "<U3")
        XCTAssertEqual(a.itemSize, 12)
        XCTAssertEqual(try StringArray(shape: [0], strings: []).dtypeName, "<U1")
        // Numbers among strings become text, and the width makes room for any of their type.
        let mixed = try StringArray(nested: .list([.text("a"), .int(1), .float(2.5), .bool(true)]))
        XCTAssertEqual(try mixed.strings(), ["a", "1", "2.5", "True"])
        XCTAssertEqual(mixed.dtypeName, "<U32")
    }

    func testWidthsOfCastsAndStrDTypes() throws {
        let numbers = NestedArray.list([.int(1), .int(22)])
        XCTAssertEqual(try StringArray(nested: numbers, width: .byContent).dtypeName, "<U2")   // np.array([1, 22], dtype=str)
        XCTAssertEqual(try StringArray(nested: numbers).dtypeName, "<U21")
        let cut = try StringArray(nested: .list([.text("abcd"), .text("e")]), width: .fixed(3))
        XCTAssertEqual(try cut.strings(), ["abc", "e"])
        XCTAssertEqual(try StringArray(T.i32([1, 2])).dtypeName, "<U11")                      // astype(str)
        XCTAssertEqual(try StringArray(T.f32([0.1], [1, 1])).strings(), ["0.1"])
        XCTAssertEqual(try StringArray(T.f32([0.1], [1, 1])).shape, [1, 1])
        XCTAssertEqual(try cut.resized(.fixed(1)).strings(), ["a", "e"])
    }

    func testViewsWriteThroughAndAssignmentCutsToWidth() throws {
        let a = try words()
        let row = try a.getItem([.int(1)])
        try row.setItem([.int(0)], try StringArray(shape: [], strings: ["under"]))
        XCTAssertEqual(try a.strings(), ["the", "cat", "sat", "und", "a", "mat"])
        let copy = try a.copy()
        try copy.setItem([.ellipsis], try StringArray(shape: [], strings: ["x"]))
        XCTAssertEqual(try a.strings()[0], "the")
        XCTAssertEqual(try copy.strings(), Array(repeating: "x", count: 6))
        // A failed assignment (shapes that do not broadcast) changes nothing.
        XCTAssertThrowsError(try a.setItem([.int(0)], try StringArray(shape: [2], strings: ["p", "q"])))
        XCTAssertEqual(try a.strings(), ["the", "cat", "sat", "und", "a", "mat"])
    }

    func testComparisonAndSortingUseCodePoints() throws {
        let a = try StringArray(shape: [5], strings: ["b", "B", "é", "e\u{301}", ""])
        XCTAssertEqual(try a.sorted().strings(), ["", "B", "b", "e\u{301}", "é"])
        assertTensor(try a.argsort(), [Int64(4), 1, 0, 3, 2], shape: [5])
        // Canonically equivalent is not equal: numpy compares code points.
        let other = try StringArray(shape: [5], strings: ["b", "b", "e\u{301}", "e\u{301}", ""])
        assertTensor(try StringArray.compare(.equal, a, other), [true, false, false, true, true], shape: [5])
        let (values, _, inverse, counts) = try StringArray(shape: [4], strings: ["r", "g", "r", "b"]).unique()
        XCTAssertEqual(try values.strings(), ["b", "g", "r"])
        assertTensor(inverse, [Int64(2), 1, 2, 0], shape: [4])
        assertTensor(counts, [Int64(1), 1, 2], shape: [3])
    }

    func testSelectAndConcatenateMergeTables() throws {
        let yes = try StringArray(shape: [], strings: ["positive"]), no = try StringArray(shape: [], strings: ["no"])
        let picked = try StringArray.select(T.bool([true, false, true]), yes, no)
        XCTAssertEqual(try picked.strings(), ["positive", "no", "positive"])
        XCTAssertEqual(picked.dtypeName, "<U8")
        let joined = try StringArray.concatenate([try words().getItem([.int(0)]), no.getItem([.newAxis])])
        XCTAssertEqual(try joined.strings(), ["the", "cat", "sat", "no"])
    }

    func testPrinting() throws {
        let quote = { (s: String) in "'\(s)'" }
        let a = try words()
        XCTAssertEqual(try ArrayFormatter.str(a, quote: quote), "[['the' 'cat' 'sat']\n ['on' 'a' 'mat']]")
        XCTAssertEqual(try ArrayFormatter.repr(a, quote: quote),
                       "array([['the', 'cat', 'sat'],\n       ['on', 'a', 'mat']], dtype='<U3')")
        let solo = try StringArray(shape: [], strings: ["solo"])
        XCTAssertEqual(try ArrayFormatter.str(solo, quote: quote), "solo")
        XCTAssertEqual(try ArrayFormatter.repr(solo, quote: quote), "array('solo', dtype='<U4')")
        XCTAssertEqual(try ArrayFormatter.repr(try StringArray(shape: [0], strings: []), quote: quote), "array([], dtype='<U1')")
    }
}
