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
