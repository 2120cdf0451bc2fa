import ArgumentParser
import Foundation
import Notebook

/// `nlpnb convert IN OUT`: between `.ipynb` and `.nlpnb`, or to a Markdown handout.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a notebook between .ipynb and .nlpnb, or to Markdown.",
        discussion: "The formats come from the file extensions (.ipynb, .nlpnb, .md) unless --to names the output's. Pictures go inside an .ipynb, and beside a .nlpnb or .md output as side files."
    )

    @Argument(help: "The notebook to convert (.ipynb or .nlpnb).")
    var input: String

    @Argument(help: "Where to write the result.")
    var output: String

    @Option(help: ArgumentHelp("The output format: nlpnb, ipynb or markdown.", valueName: "FORMAT"))
    var to: String?

    @Flag(help: "Also check that the .nlpnb form survives the trip through .ipynb unchanged.")
    var check = false

    enum Format: String {
        case nlpnb, ipynb, markdown
    }

    func run() throws {
        guard let source = ConvertCommand.format(ofPath: input), source != .markdown else {
            throw failure("cannot tell the format of '\(input)': name it .ipynb or .nlpnb")
        }
        guard let target = to.map({ Format(rawValue: $0 == "md" ? "markdown" : $0) }) ?? ConvertCommand.format(ofPath: output) else {
            throw failure(to.map { "unknown format '\($0)' (nlpnb, ipynb or markdown)" } ?? "cannot tell the format of '\(output)': use --to")
        }
        let inputFolder = URL(fileURLWithPath: input).deletingLastPathComponent()
        let outputURL = URL(fileURLWithPath: output)
        do {
            // Everything goes through the .nlpnb form, with its images as files to read.
            var notebook: Notebook
            var images: [String: Data] = [:]
            if source == .ipynb {
                let data = try Data(contentsOf: URL(fileURLWithPath: input))
                let imported = try IpynbImport.notebook(fromIpynb: data, baseName: outputURL.deletingPathExtension().lastPathComponent)
                notebook = imported.notebook
                for file in imported.sideFiles { images[file.path] = file.data }
            } else {
                notebook = try Notebook(contentsOf: URL(fileURLWithPath: input))
            }
            let loadImage = { (path: String) throws -> Data in
                if let data = images[path] { return data }
                return try Data(contentsOf: inputFolder.appendingPathComponent(path))
            }
            switch target {
            case .nlpnb:
                let outputFolder = outputURL.deletingLastPathComponent()
                for (path, data) in images { try ConvertCommand.writeImage(data, path, in: outputFolder) }
                try notebook.write(to: outputURL)
            case .ipynb:
                // The pictures travel inside the .ipynb file.
                try AtomicFile.write(Data(try IpynbExport.ipynbText(from: notebook, loadFile: loadImage).utf8), to: outputURL)
            case .markdown:
                try AtomicFile.write(Data(MarkdownExport.markdown(from: notebook).utf8), to: outputURL)
                if source == .ipynb {
                    for (path, data) in images { try ConvertCommand.writeImage(data, path, in: outputURL.deletingLastPathComponent()) }
                } else {
                    try copyImages(of: notebook, from: inputFolder, to: outputURL.deletingLastPathComponent())
                }
            }
            if check {
                let baseName = (source == .ipynb ? outputURL : URL(fileURLWithPath: input)).deletingPathExtension().lastPathComponent
                if let difference = try IpynbExport.roundTripDifference(of: notebook, baseName: baseName, loadFile: loadImage) {
                    FileHandle.standardError.write(Data("nlpnb: round trip check failed: \(difference)\n".utf8))
                    throw ExitCode(1)
                }
                FileHandle.standardError.write(Data("round trip check passed\n".utf8))
            }
        } catch let error as NotebookError {
            throw failure(error.path == nil ? error.located(in: input).description : error.description)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure(error.localizedDescription)
        }
    }

    /// The notebook's image side files, copied beside the output (when it is in another folder).
    private func copyImages(of notebook: Notebook, from source: URL, to destination: URL) throws {
        guard source.standardizedFileURL.path != destination.standardizedFileURL.path else { return }
        for cell in notebook.cells {
            guard let file = cell.imageFile else { continue }
            try ConvertCommand.writeImage(try Data(contentsOf: source.appendingPathComponent(file)), file, in: destination)
        }
    }

    /// Writes an image side file, making the sub-folder its `file=` path names.
    static func writeImage(_ data: Data, _ path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(data, to: url)
    }

    private static func format(ofPath path: String) -> Format? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "ipynb": return .ipynb
        case "nlpnb": return .nlpnb
        case "md", "markdown": return .markdown
        default: return nil
        }
    }

    private func failure(_ message: String) -> ExitCode {
        NotebookCommands.complain(message)
        return ExitCode(2)
    }
}
