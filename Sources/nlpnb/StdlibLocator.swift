import Foundation

/// Finds the `Stdlib/` folder of modules written in the language: `$NLPNB_STDLIB` if set,
/// else the nearest `Stdlib` beside the executable or above it (a checkout's
/// `.build/release/nlpnb` finds the checkout's `Stdlib/`), else `../share/nlpnb/Stdlib`
/// for an installed binary.
enum StdlibLocator {
    static func searchPaths() -> [String] {
        if let path = ProcessInfo.processInfo.environment["NLPNB_STDLIB"], !path.isEmpty {
            return path.split(separator: ":").map(String.init)
        }
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let executablePath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            .map { URL(fileURLWithPath: $0) } ?? exe
        var folder = executablePath.deletingLastPathComponent()
        let installed = folder.appendingPathComponent("../share/nlpnb/Stdlib").standardized.path
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("Stdlib").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return [candidate]
            }
            folder.deleteLastPathComponent()
        }
        return [installed]
    }
}
