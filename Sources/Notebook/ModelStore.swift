import Foundation

/// Where pretrained models live on this machine: each folder of `NLPNB_MODELS` (a
/// colon-separated list) holding `ORG/NAME` or `NAME` as a folder, and the Hugging Face hub
/// cache (`$HF_HUB_CACHE`, else `$HF_HOME/hub`, else `~/.cache/huggingface/hub`) holding
/// `models--ORG--NAME`. Enough to decide `requires=MODEL`; the model loader owns the rest.
public struct ModelStore: Sendable {
    /// Folders searched for `MODEL` as a sub-folder.
    public var modelFolders: [String]
    /// The Hugging Face hub cache folder.
    public var hubCache: String

    public init(modelFolders: [String], hubCache: String) {
        self.modelFolders = modelFolders
        self.hubCache = hubCache
    }

    /// The store described by the environment.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ModelStore {
        let folders = (environment["NLPNB_MODELS"] ?? "").split(separator: ":").map(String.init)
        let home = environment["HOME"] ?? NSHomeDirectory()
        let hub = environment["HF_HUB_CACHE"]
            ?? environment["HF_HOME"].map { $0 + "/hub" }
            ?? home + "/.cache/huggingface/hub"
        return ModelStore(modelFolders: folders, hubCache: hub)
    }

    /// Every folder whose files a notebook may read because models live there.
    public var roots: [String] { modelFolders + [hubCache] }

    /// Whether `model` (`gpt2`, `google-t5/t5-small`) is present in any of the places.
    public func contains(_ model: String) -> Bool {
        let parts = model.split(separator: "/", omittingEmptySubsequences: false)
        guard !model.isEmpty, !parts.contains(""), !parts.contains(".."), !parts.contains(".") else { return false }
        let candidates = modelFolders.map { $0 + "/" + model }
            + [hubCache + "/models--" + parts.joined(separator: "--")]
        return candidates.contains { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }
}
