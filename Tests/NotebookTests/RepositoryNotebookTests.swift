import Foundation
import XCTest
@testable import Notebook

/// Every notebook the repository ships (`Notebooks/**/*.nlpnb`) is valid, round-trips byte
/// for byte, survives conversion to `.ipynb` and back, and marks skipped cells with a reason.
final class RepositoryNotebookTests: XCTestCase {
    private let notebooksFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Notebooks")

    private func repositoryNotebooks() throws -> [String] {
        let files = try NotebookFiles.collect([notebooksFolder.path])
        XCTAssertGreaterThanOrEqual(files.count, 6, "the five seeds and the tutorial")
        return files
    }

    func testEveryNotebookRoundTripsByteForByte() throws {
        for path in try repositoryNotebooks() {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            XCTAssertEqual(Data(try Notebook(parsing: bytes).text.utf8), bytes, path)
        }
    }

    func testEveryNotebookSurvivesTheTripThroughIpynb() throws {
        for path in try repositoryNotebooks() {
            let url = URL(fileURLWithPath: path)
            let notebook = try Notebook(contentsOf: url)
            let folder = url.deletingLastPathComponent()
            let difference = try IpynbExport.roundTripDifference(of: notebook, baseName: url.deletingPathExtension().lastPathComponent) {
                try Data(contentsOf: folder.appendingPathComponent($0))
            }
            XCTAssertNil(difference, path)
        }
    }

    func testSkippedCellsNameTheEngineTheyWaitFor() throws {
        for path in try repositoryNotebooks() {
            for code in try Notebook(contentsOf: URL(fileURLWithPath: path)).codeCells {
                guard let reason = code.cell.skipReason else { continue }
                XCTAssertTrue(reason.hasPrefix("needs "), "\(path) \(code.label): \(reason)")
            }
        }
    }
}
