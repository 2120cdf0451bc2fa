import XCTest
@testable import Notebook

/// `-p NAME=VALUE` against the cell named `parameters`.
final class ParameterTests: XCTestCase {
    private let source = """
        %% code name=parameters
        epochs = 5  # how long
        rate = 0.5
        name = 'gpt2'
        verbose = False
        extra = None
        twice = epochs * 2
        %% code
        print(epochs)

        """

    private func parameters(_ overrides: [String]) throws -> String {
        let notebook = try Notebook(parsing: source)
        let applied = try Parameters.apply(overrides.map(Parameters.parseOverride), to: notebook)
        return applied.cells[0].body
    }

    func testOverridesTakeTheTypeOfTheLiteral() throws {
        let body = try parameters(["epochs=10", "rate=1", "name=a \"b\"\n", "verbose=true", "extra=3.5"])
        XCTAssertEqual(body, """
            epochs = 10  # how long
            rate = 1.0
            name = "a \\"b\\"\\n"
            verbose = True
            extra = 3.5
            twice = epochs * 2

            """)
        XCTAssertTrue(try parameters(["extra=hello"]).contains("extra = \"hello\"\n"))
        XCTAssertTrue(try parameters(["rate=1e-3"]).contains("rate = 1e-3\n"))
    }

    func testEveryAssignmentOfTheNameIsOverridden() throws {
        let notebook = try Notebook(parsing: "%% code name=parameters\nsize = 1\nsize = 2 # again\n")
        let applied = try Parameters.apply([("size", "3")], to: notebook)
        XCTAssertEqual(applied.cells[0].body, "size = 3\nsize = 3 # again\n")
    }

    func testAValueOfTheWrongTypeIsAnError() {
        XCTAssertThrowsError(try parameters(["epochs=ten"])) { error in
            XCTAssertEqual((error as? NotebookError)?.message, "parameter 'epochs' is an int (5), and 'ten' is not")
            XCTAssertEqual((error as? NotebookError)?.line, 2)
        }
        XCTAssertThrowsError(try parameters(["verbose=maybe"]))
        XCTAssertThrowsError(try parameters(["twice=3"])) { error in
            XCTAssertTrue("\(error)".contains("set by an expression"), "\(error)")
        }
    }

    func testAnUnknownNameSuggestsTheNearestOne() {
        XCTAssertThrowsError(try parameters(["epoch=3"])) { error in
            XCTAssertEqual((error as? NotebookError)?.message,
                           "unknown parameter 'epoch' (did you mean 'epochs'?); the parameters are: epochs, rate, name, verbose, extra, twice")
        }
        XCTAssertThrowsError(try parameters(["zzzzzz=3"])) { error in
            XCTAssertFalse("\(error)".contains("did you mean"), "\(error)")
        }
    }

    func testANotebookWithoutAParametersCellRefusesOverrides() throws {
        let notebook = try Notebook(parsing: "%% code\nx = 1\n")
        XCTAssertThrowsError(try Parameters.apply([("x", "2")], to: notebook))
        XCTAssertEqual(try Parameters.apply([], to: notebook), notebook)
        XCTAssertThrowsError(try Parameters.parseOverride("novalue"))
        XCTAssertThrowsError(try Parameters.parseOverride("=3"))
    }
}
