import Foundation

/// Finds the `Stdlib/` folder of modules written in the language, first match wins:
/// `$NLPNB_STDLIB` (colon-separated); `../share/nlpnb/Stdlib` beside an installed binary; a
/// `Stdlib` in the executable's folder or above it (a checkout's `.build/release/nlpnb`); and
/// last the checkout this binary was built from, wherever its build folder is.
enum StdlibLocator {
    static func searchPaths() -> [String] {
        if let path = ProcessInfo.processInfo.environment["NLPNB_STDLIB"], !path.isEmpty {
            return path.split(separator: ":").map(String.init)
        }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        var candidates = [folder.appendingPathComponent("../share/nlpnb/Stdlib").standardized]
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Stdlib"))
            folder.deleteLastPathComponent()
        }
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Stdlib"))
        let found = candidates.first { isDirectory($0.path) } ?? candidates[candidates.count - 1]
        return [found.path]
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
