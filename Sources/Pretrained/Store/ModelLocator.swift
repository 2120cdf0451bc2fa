import Foundation

/// Finds a model's folder from the name a user passes to `from_pretrained`.
///
/// Places searched, in order:
/// 1. the name itself as a folder path (`./my-model`, `/data/bert`), as transformers does;
/// 2. each folder of `NLPNB_MODELS` (colon-separated), holding `NAME`, `ORG/NAME` or `ORG--NAME`;
/// 3. the Hugging Face hub cache (`$HF_HUB_CACHE`, else `$HF_HOME/hub`, else
///    `~/.cache/huggingface/hub`) holding `models--ORG--NAME/snapshots/REV/`, where REV is
///    the commit `refs/main` names (or the only snapshot when there is no `refs/main`).
///
/// A folder counts only when it holds every file in `requiredFiles`; one that exists but
/// lacks some is reported in the error, so a half-finished download is easy to spot.
public struct ModelLocator: Sendable {
    /// Folders searched for `NAME`, `ORG/NAME` or `ORG--NAME` as a sub-folder.
    public var modelFolders: [String]
    /// The Hugging Face hub cache folder.
    public var hubCache: String

    public init(modelFolders: [String], hubCache: String) {
        self.modelFolders = modelFolders
        self.hubCache = hubCache
    }

    /// The places described by the environment (`NLPNB_MODELS`, `HF_HUB_CACHE`, `HF_HOME`, `HOME`).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ModelLocator {
        let folders = (environment["NLPNB_MODELS"] ?? "").split(separator: ":").map(String.init)
        let home = environment["HOME"] ?? NSHomeDirectory()
        let hub = environment["HF_HUB_CACHE"]
            ?? environment["HF_HOME"].map { $0 + "/hub" }
            ?? home + "/.cache/huggingface/hub"
        return ModelLocator(modelFolders: folders, hubCache: hub)
    }

    /// Every folder models are read from (what a notebook's read policy must allow).
    public var roots: [String] { modelFolders + [hubCache] }

    /// Whether `name` has a folder in any of the places, complete or not: what a notebook's
    /// `requires=MODEL` asks before running a cell.
    public func hasModel(_ name: String) -> Bool {
        (try? resolve(name, requiredFiles: [])) != nil
    }

    /// The files a loadable model folder holds.
    public static let modelFiles = ["config.json", "model.safetensors"]

    /// The folder holding `name`, or an OSError naming every place searched and what was
    /// found there.
    public func resolve(_ name: String, requiredFiles: [String] = ModelLocator.modelFiles) throws -> String {
        var searched: [String] = []
        func accept(_ folder: String) -> Bool {
            guard isFolder(folder) else {
                searched.append("\(folder) (not found)")
                return false
            }
            let missing = requiredFiles.filter { !hasFile(folder, $0) }
            if missing.isEmpty { return true }
            searched.append("\(folder) (found, but without \(missing.joined(separator: ", ")))")
            return false
        }

        if isFolder(name) {
            if accept(name) { return name }
        }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isHubName = !name.isEmpty && parts.count <= 2 && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
        if isHubName {
            for root in modelFolders {
                var candidates = [root + "/" + name]
                if parts.count == 2 { candidates.append(root + "/" + parts.joined(separator: "--")) }
                for candidate in candidates where accept(candidate) { return candidate }
            }
            let repo = hubCache + "/models--" + parts.joined(separator: "--")
            if let snapshot = hubSnapshot(repo, searched: &searched), accept(snapshot) { return snapshot }
        } else if !isFolder(name) {
            searched.append("\(name) (not a folder, and not a Hub name like NAME or ORG/NAME)")
        }
        throw PretrainedError(.osError, """
            Can't load the model '\(name)'. Searched:
            \(searched.map { "  - " + $0 }.joined(separator: "\n"))
            A model folder needs \(requiredFiles.joined(separator: " and ")). Put one under a folder listed \
            in NLPNB_MODELS, or in the Hugging Face cache (huggingface-cli download \(name)).
            """)
    }

    /// The snapshot folder `refs/main` points at inside a hub-cache repository folder.
    private func hubSnapshot(_ repo: String, searched: inout [String]) -> String? {
        guard isFolder(repo) else {
            searched.append("\(repo) (not found)")
            return nil
        }
        let snapshots = repo + "/snapshots"
        if let ref = try? String(contentsOfFile: repo + "/refs/main", encoding: .utf8) {
            let commit = ref.trimmingCharacters(in: .whitespacesAndNewlines)
            let isCommit = !commit.isEmpty && commit.allSatisfy { $0.isHexDigit }
            if isCommit { return snapshots + "/" + commit }
            searched.append("\(repo)/refs/main (does not hold a commit hash)")
            return nil
        }
        let revisions = (try? FileManager.default.contentsOfDirectory(atPath: snapshots)) ?? []
        if revisions.count == 1 { return snapshots + "/" + revisions[0] }
        searched.append("\(repo) (no refs/main, and \(revisions.count) snapshots to choose from)")
        return nil
    }

    /// One model `listModels` found.
    public struct Listing: Equatable, Sendable {
        /// The name that loads it (`gpt2`, `sentence-transformers/all-MiniLM-L6-v2`).
        public let name: String
        /// Its folder.
        public let path: String
    }

    /// Every loadable model in the searched places, for `nlpnb models`, sorted by name.
    public func listModels() -> [Listing] {
        var found: [Listing] = []
        let fileManager = FileManager.default
        for root in modelFolders {
            for entry in (try? fileManager.contentsOfDirectory(atPath: root)) ?? [] where !entry.hasPrefix(".") {
                let folder = root + "/" + entry
                if hasFile(folder, "config.json") {
                    found.append(Listing(name: entry.replacingOccurrences(of: "--", with: "/"), path: folder))
                    continue
                }
                for inner in (try? fileManager.contentsOfDirectory(atPath: folder)) ?? [] where hasFile(folder + "/" + inner, "config.json") {
                    found.append(Listing(name: entry + "/" + inner, path: folder + "/" + inner))
                }
            }
        }
        for entry in (try? fileManager.contentsOfDirectory(atPath: hubCache)) ?? [] where entry.hasPrefix("models--") {
            let name = String(entry.dropFirst("models--".count)).replacingOccurrences(of: "--", with: "/")
            var ignored: [String] = []
            if let snapshot = hubSnapshot(hubCache + "/" + entry, searched: &ignored), hasFile(snapshot, "config.json") {
                found.append(Listing(name: name, path: snapshot))
            }
        }
        return found.sorted { ($0.name, $0.path) < ($1.name, $1.path) }
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// Whether `folder` holds `file`; a sharded checkpoint's index stands in for `model.safetensors`.
    private func hasFile(_ folder: String, _ file: String) -> Bool {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: folder + "/" + file) { return true }
        return file == "model.safetensors" && fileManager.fileExists(atPath: folder + "/model.safetensors.index.json")
    }
}
