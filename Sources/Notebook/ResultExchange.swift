import JSONText

/// `NotebookResult` as JSON text, so that `nlpnb test -j N` can run notebooks in child
/// processes and gather their results. Numbers are written as strings, which keeps
/// infinities (a relative difference from zero) and every digit.
public enum ResultExchange {
    public static func text(of result: NotebookResult) -> String {
        JSONValue.object([
            "path": .string(result.path),
            "notebookError": result.notebookError.map(JSONValue.string) ?? .null,
            "seconds": number(result.seconds),
            "cells": .array(result.cells.map(cellJSON)),
        ]).pythonStyleText
    }

    public static func result(fromText text: String) throws -> NotebookResult {
        let json = try JSONValue(notebookText: text)
        guard let path = json["path"]?.string, let cells = json["cells"]?.array else {
            throw NotebookError(line: nil, "a test result without a path or cells")
        }
        return NotebookResult(path: path, cells: try cells.map(cellResult),
                              notebookError: json["notebookError"]?.string, seconds: double(json["seconds"]))
    }

    private static func cellJSON(_ cell: CellResult) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init(key: "number", value: .number(String(cell.number))),
            .init(key: "line", value: .number(String(cell.line))),
            .init(key: "name", value: cell.name.map(JSONValue.string) ?? .null),
            .init(key: "seconds", value: number(cell.seconds)),
        ]
        switch cell.status {
        case .passed:
            members.append(.init(key: "status", value: .string("passed")))
        case .skipped(let reason):
            members.append(.init(key: "status", value: .string("skipped")))
            members.append(.init(key: "reason", value: .string(reason)))
        case .failed(let failure):
            members.append(.init(key: "status", value: .string("failed")))
            members.append(.init(key: "summary", value: .string(failure.summary)))
            members.append(.init(key: "details", value: .string(failure.details)))
            if let numbers = failure.numbers {
                members.append(.init(key: "numbers", value: .object([
                    "compared": .number(String(numbers.compared)),
                    "mismatched": .number(String(numbers.mismatched)),
                    "largestAbsolute": number(numbers.largestAbsolute),
                    "largestRelative": number(numbers.largestRelative),
                ])))
            }
        }
        return .object(members)
    }

    private static func cellResult(_ json: JSONValue) throws -> CellResult {
        guard let number = integer(json["number"]), let line = integer(json["line"]), let status = json["status"]?.string else {
            throw NotebookError(line: nil, "a cell result without number, line or status")
        }
        let cellStatus: CellStatus
        switch status {
        case "passed":
            cellStatus = .passed
        case "skipped":
            cellStatus = .skipped(reason: json["reason"]?.string ?? "")
        case "failed":
            var numbers: NumberDifferences?
            if let n = json["numbers"], let compared = integer(n["compared"]), let mismatched = integer(n["mismatched"]) {
                numbers = NumberDifferences(compared: compared, mismatched: mismatched,
                                            largestAbsolute: double(n["largestAbsolute"]) ?? 0,
                                            largestRelative: double(n["largestRelative"]) ?? 0)
            }
            cellStatus = .failed(CellFailure(summary: json["summary"]?.string ?? "", details: json["details"]?.string ?? "",
                                             numbers: numbers))
        default:
            throw NotebookError(line: nil, "unknown cell status '\(status)'")
        }
        return CellResult(number: number, name: json["name"]?.string, line: line, status: cellStatus, seconds: double(json["seconds"]))
    }

    private static func number(_ value: Double?) -> JSONValue {
        value.map { .string(String($0)) } ?? .null
    }

    private static func double(_ json: JSONValue?) -> Double? {
        json?.string.flatMap(Double.init)
    }

    private static func integer(_ json: JSONValue?) -> Int? {
        guard case .number(let text)? = json else { return nil }
        return Int(text)
    }
}
