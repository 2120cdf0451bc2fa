import ArgumentParser
import Foundation
import Script

/// `nlpnb`: the REPL with no arguments, a script with `run FILE`, code with `-c CODE`.
struct NlpnbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nlpnb",
        abstract: "A Python-flavoured language for exploring NLP and deep learning.",
        discussion: "With no arguments and a terminal, nlpnb opens its REPL; with input piped in, it runs that input as a script.",
        version: Version.string,
        subcommands: [RunCommand.self, TestCommand.self, ConvertCommand.self, ModelsCommand.self]
    )

    @Option(name: .customShort("c"), help: ArgumentHelp("Run CODE as a script; the arguments after it are its sys.argv[1:].", valueName: "CODE"))
    var code: String?

    func run() throws {
        if let code {
            throw ExitCode(Host(argv: ["-c"]).runScript(source: code, filename: "<string>"))
        }
        let host = Host(argv: [""])
        if isatty(STDIN_FILENO) != 0 {
            Repl(host: host).run()
        } else {
            let source = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            throw ExitCode(host.runScript(source: source, filename: "<stdin>"))
        }
    }
}

/// `nlpnb run FILE [ARGS...]`: runs a script; ARGS reach it as `sys.argv[1:]`. A `.nlpnb`
/// file runs as a notebook, and ARGS are the notebook options (`NotebookRunArguments`).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a script or a notebook.",
        discussion: """
            For a notebook (NB.nlpnb), options go before or after its path: --inplace, \
            --output OUT.nlpnb, --keep-going, --timeout SECONDS, -p NAME=VALUE (repeatable), \
            --allow-read PATH.
            """)

    @Argument(help: "The script, or the notebook (.nlpnb), to run.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments for the script (sys.argv[1:]).")
    var arguments: [String] = []

    func run() throws {
        if file.hasSuffix(".nlpnb") {
            throw ExitCode(NotebookCommands.run(path: file, arguments: arguments))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("nlpnb: can't open file '\(file)': No such file or directory\n".utf8))
            throw ExitCode(2)
        }
        let source = String(decoding: data, as: UTF8.self)
        throw ExitCode(Host(argv: [file] + arguments).runScript(source: source, filename: file))
    }
}

keepFreedMemoryForReuse()

// As in Python, `-c CODE` ends nlpnb's own options: what follows it is the code's
// sys.argv[1:], which the argument parser (with its subcommands) cannot express.
let commandLine = CommandLine.arguments
if commandLine.count > 3, commandLine[1] == "-c" {
    exit(Host(argv: ["-c"] + commandLine.dropFirst(3)).runScript(source: commandLine[2], filename: "<string>"))
}
/// `nlpnb run --inplace NB.nlpnb` as well as `nlpnb run NB.nlpnb --inplace`: notebook options
/// written before the notebook are moved after it, where `run` reads them (it passes what
/// follows a script through to sys.argv, so a script's own options still go after it).
func notebookPathFirst(_ arguments: [String]) -> [String] {
    guard arguments.count > 2, arguments[0] == "run", arguments[1].hasPrefix("-") else { return arguments }
    let takesValue: Set = ["--output", "--timeout", "-p", "--allow-read"]
    var index = 1
    while index < arguments.count, arguments[index].hasPrefix("-") {
        index += takesValue.contains(arguments[index]) ? 2 : 1
    }
    guard index < arguments.count, arguments[index].hasSuffix(".nlpnb") else { return arguments }
    return ["run", arguments[index]] + arguments[1..<index] + arguments[(index + 1)...]
}
NlpnbCommand.main(notebookPathFirst(Array(commandLine.dropFirst())))
