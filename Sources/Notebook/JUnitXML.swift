/// JUnit XML for CI systems: a `testsuite` per notebook, a `testcase` per code cell, a
/// `failure` holding the report and diff, `skipped` with the reason, and an `error` case
/// for a notebook that could not run.
public enum JUnitXML {
    public static func document(_ results: [NotebookResult]) -> String {
        let total = TestSummary(results)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"nlpnb\" tests=\"\(total.passed + total.failed + total.skipped)\""
            + " failures=\"\(total.failed)\" skipped=\"\(total.skipped)\">\n"
        for notebook in results {
            let summary = TestSummary([notebook])
            let errors = notebook.notebookError == nil ? 0 : 1
            out += "  <testsuite name=\"\(escape(notebook.path))\" tests=\"\(notebook.cells.count + errors)\""
                + " failures=\"\(summary.failed - errors)\" errors=\"\(errors)\" skipped=\"\(summary.skipped)\""
                + time(notebook.seconds) + ">\n"
            if let problem = notebook.notebookError {
                out += "    <testcase classname=\"\(escape(notebook.path))\" name=\"notebook\">\n"
                out += "      <error message=\"\(escape(problem))\">\(escape(problem, element: true))</error>\n"
                out += "    </testcase>\n"
            }
            for cell in notebook.cells {
                out += "    <testcase classname=\"\(escape(notebook.path))\" name=\"\(escape(cell.label))\"" + time(cell.seconds)
                switch cell.status {
                case .passed:
                    out += "/>\n"
                case .skipped(let reason):
                    out += ">\n      <skipped message=\"\(escape(reason))\"/>\n    </testcase>\n"
                case .failed(let failure):
                    out += ">\n      <failure message=\"\(escape(failure.summary))\">"
                        + escape("line \(cell.line): \(failure.summary)\n" + failure.details, element: true) + "</failure>\n    </testcase>\n"
                }
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    /// Escapes text for an attribute value, or with `element` for element content (where
    /// newlines and tabs stay as they are). Characters XML 1.0 cannot hold at all (most
    /// control characters, U+FFFE, U+FFFF) are written as a visible `\u{1B}`-style escape.
    static func escape(_ text: String, element: Bool = false) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += element ? "\n" : "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += element ? "\t" : "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func time(_ seconds: Double?) -> String {
        guard let seconds else { return "" }
        return " time=\"\(seconds)\""
    }
}
