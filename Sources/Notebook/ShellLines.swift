/// `!pip install ...` lines from Jupyter notebooks. nlpnb never runs shell commands, but such a
/// line must not break its cell: the runner replaces it with `pass` at the same indentation
/// (so line numbers in tracebacks stay right) and prints a notice instead.
enum ShellLines {
    /// The source with every `!command` line neutralised, and the commands that were dropped.
    static func neutralise(_ source: String) -> (source: String, commands: [String]) {
        var commands: [String] = []
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            let rest = line.dropFirst(indentation.count)
            guard rest.hasPrefix("!") else { return line }
            commands.append(String(rest.dropFirst()).trimmingCharacters(in: .whitespaces))
            return indentation + "pass"
        }
        return (lines.joined(separator: "\n"), commands)
    }
}
