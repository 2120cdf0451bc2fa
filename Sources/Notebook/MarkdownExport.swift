/// A Markdown handout (`nlpnb convert --to markdown`): markdown cells as they are, code in
/// ```` ```python ```` fences, outputs and errors in plain fences, images as `![](file)`.
public enum MarkdownExport {
    public static func markdown(from notebook: Notebook) -> String {
        var blocks: [String] = []
        for cell in notebook.cells {
            let body = trimmingFinalNewlines(cell.body)
            switch cell.kind {
            case .markdown: blocks.append(body)
            case .code: blocks.append(fenced(body, info: "python"))
            case .output, .error: blocks.append(fenced(body, info: ""))
            case .image: blocks.append("![](\(destination(cell.imageFile ?? "")))")
            }
        }
        return blocks.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    /// A fence longer than any run of backticks that starts a line of the text, so the
    /// text cannot close it early.
    private static func fenced(_ text: String, info: String) -> String {
        var longest = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let run = line.drop(while: { $0 == " " }).prefix(while: { $0 == "`" }).count
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + info + "\n" + (text.isEmpty ? "" : text + "\n") + fence
    }

    /// CommonMark needs `<...>` around a link destination with spaces or parentheses.
    private static func destination(_ path: String) -> String {
        path.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) ? "<\(path)>" : path
    }

    private static func trimmingFinalNewlines(_ text: String) -> String {
        var text = text
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
