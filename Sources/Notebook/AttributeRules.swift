/// Which attributes each header accepts and what their values must look like.
///
/// Unknown attributes are errors rather than ignored, so a misspelt `tolerence=1e-4` is
/// caught instead of silently comparing exactly.
enum AttributeRules {
    enum ValueShape {
        case flag              // bare word only: `skip`
        case text              // any value: `name=train`, `stdin="a\n"`
        case seconds           // a non-negative number: `timeout=30`
        case tolerance         // a non-negative number, or the bare flag for pytest.approx defaults
        case duration          // a recorded time such as `0.012s`
        case relativePath      // a file beside the notebook: `file=plot_cell3.png`
    }

    static let notebookWide: [String: ValueShape] = [
        "tolerance": .tolerance, "abs-tolerance": .seconds, "timeout": .seconds,
    ]

    static func shapes(for kind: CellKind) -> [String: ValueShape] {
        switch kind {
        case .markdown: return [:]
        case .code:
            return ["name": .text, "timeout": .seconds, "skip": .flag, "reason": .text,
                    "tolerance": .tolerance, "abs-tolerance": .seconds, "stdin": .text,
                    "requires": .text, "ignore-output": .flag, "time": .duration]
        case .output, .error: return ["time": .duration]
        case .image: return ["file": .relativePath]
        }
    }

    /// Checks every attribute of a header against `shapes`; `what` names the header in messages.
    static func validate(_ attributes: Attributes, _ shapes: [String: ValueShape], what: String) throws {
        for attribute in attributes {
            guard let shape = shapes[attribute.key] else {
                let known = shapes.keys.sorted().joined(separator: ", ")
                throw NotebookError(line: nil, "unknown attribute '\(attribute.key)' for \(what)"
                    + (known.isEmpty ? " (it takes none)" : " (known: \(known))"))
            }
            try check(attribute, shape)
        }
    }

    private static func check(_ attribute: Attribute, _ shape: ValueShape) throws {
        let key = attribute.key
        guard let value = attribute.value else {
            switch shape {
            case .flag, .tolerance: return
            default: throw NotebookError(line: nil, "attribute '\(key)' needs a value (\(key)=...)")
            }
        }
        switch shape {
        case .flag:
            throw NotebookError(line: nil, "'\(key)' is a flag and takes no value")
        case .text:
            return
        case .seconds, .tolerance:
            guard let number = Double(value), number.isFinite, number >= 0 else {
                throw NotebookError(line: nil, "'\(key)' must be a non-negative number, not '\(value)'")
            }
        case .duration:
            guard value.hasSuffix("s"), let number = Double(value.dropLast()), number.isFinite, number >= 0 else {
                throw NotebookError(line: nil, "'\(key)' must be a time in seconds such as 0.012s, not '\(value)'")
            }
        case .relativePath:
            let parts = value.split(separator: "/", omittingEmptySubsequences: false)
            if value.hasPrefix("/") || parts.contains("..") || parts.contains("") {
                throw NotebookError(line: nil, "'\(key)' must be a relative path inside the notebook's folder, not '\(value)'")
            }
        }
    }
}
