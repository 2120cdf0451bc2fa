import Foundation

/// Which files a notebook's code may `open()`: only those under the notebook's folder, the
/// model store, and any folder the user allowed with `--allow-read`. Paths are resolved
/// (symbolic links and `..` included) before the check, so neither can lead outside.
public struct ReadPolicy: Sendable {
    /// Resolved folders (or files) that may be read.
    public let allowedRoots: [String]

    public init(allowing roots: [String]) {
        allowedRoots = roots.map(ReadPolicy.resolve)
    }

    /// Whether `path` (relative paths are taken from the current directory) lies under an
    /// allowed root.
    public func allows(_ path: String) -> Bool {
        let resolved = ReadPolicy.resolve(path)
        return allowedRoots.contains { root in
            resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
    }

    /// The absolute, symlink-free form of `path`, resolving as much of it as exists.
    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
