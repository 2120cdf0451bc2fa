import Foundation

/// `Tests/Corpus/notebooks`, found from this file's place in the source tree.
let notebookCorpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpus/notebooks")

func corpusFile(_ name: String) -> URL { notebookCorpus.appendingPathComponent(name) }

func corpusFiles(in folder: URL, ext: String) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == ext }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
}
