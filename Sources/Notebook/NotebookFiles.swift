import Foundation

/// The notebooks a command names: files as given, folders searched (recursively, in sorted
/// order, hidden folders left out) for `.nlpnb` files.
public enum NotebookFiles {
    public static func collect(_ paths: [String]) throws -> [String] {
        var result: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw NotebookError(line: nil, "no such file or folder", path: path)
            }
            guard isFolder.boolValue else {
                result.append(path)
                continue
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            // Resolved first, so that a folder reached through a symbolic link is searched too.
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let files = try FileManager.default.subpathsOfDirectory(atPath: resolved)
                .filter { $0.hasSuffix(".nlpnb") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                .map { prefix + $0 }
            result += files.sorted()
        }
        return result
    }
}

/// A picture to save beside a notebook: what an image cell's `file=` names.
public struct SideFile: Equatable, Sendable {
    /// Relative to the notebook's folder, as the image cell's `file=` names it.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    /// The name a new picture gets: `BASENAME_cellN.png` for the first picture of code cell
    /// N (counting from 1), `BASENAME_cellN_2.png`, ... for the next (`picture` counts from 0).
    public static func pictureName(_ baseName: String, cell: Int, picture: Int) -> String {
        "\(baseName)_cell\(cell)\(picture == 0 ? "" : "_\(picture + 1)").png"
    }

    /// Writes the picture into `folder` (the notebook's), atomically, making the sub-folder
    /// its path names. A file that already holds these bytes is left alone.
    public func write(in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        if FileManager.default.contents(atPath: url.path) == data { return }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(data, to: url)
    }
}
