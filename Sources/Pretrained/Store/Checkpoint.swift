import Foundation
import TensorCore

/// A model folder opened for loading: its path, the name the user gave it (which the
/// warnings quote, as transformers does), and its weights, from `model.safetensors` or the
/// shards a `model.safetensors.index.json` lists.
public final class Checkpoint {
    public let folder: String
    /// The name passed to `from_pretrained` (`bert-base-uncased`), or the folder.
    public let displayName: String
    private let files: [SafeTensorsFile]
    private let fileOfTensor: [String: Int]

    /// Finds `name` with `locator` and opens it.
    public static func open(_ name: String, locator: ModelLocator = .fromEnvironment()) throws -> Checkpoint {
        try Checkpoint(folder: locator.resolve(name), displayName: name)
    }

    /// Opens the model in `folder`.
    public init(folder: String, displayName: String? = nil) throws {
        self.folder = folder
        self.displayName = displayName ?? folder
        let single = folder + "/model.safetensors", index = folder + "/model.safetensors.index.json"
        if FileManager.default.fileExists(atPath: single) {
            files = [try SafeTensorsFile(path: single)]
        } else if let data = FileManager.default.contents(atPath: index) {
            struct Index: Decodable { let weight_map: [String: String] }
            let map = try ConfigFile.decode(Index.self, from: data, path: index).weight_map
            let shards = Set(map.values).sorted()
            for shard in shards where shard.contains("/") || shard.hasPrefix(".") {
                throw PretrainedError(.osError, "\(index) names a shard outside the folder: '\(shard)'")
            }
            files = try shards.map { try SafeTensorsFile(path: folder + "/" + $0) }
        } else {
            let others = ["pytorch_model.bin", "tf_model.h5", "flax_model.msgpack"].filter {
                FileManager.default.fileExists(atPath: folder + "/" + $0)
            }
            let hint = others.isEmpty ? "" : " (it has \(others.joined(separator: ", ")); nlpnb reads only safetensors)"
            throw PretrainedError(.osError, "\(self.displayName) has no file named model.safetensors\(hint)")
        }
        var location: [String: Int] = [:]
        for (number, file) in files.enumerated() {
            for name in file.names { location[name] = number }
        }
        fileOfTensor = location
    }

    /// Every tensor name in the checkpoint, sorted.
    public var tensorNames: [String] { fileOfTensor.keys.sorted() }

    public func contains(_ name: String) -> Bool { fileOfTensor[name] != nil }

    /// The stored shape of `name`, if present.
    public func shape(of name: String) -> [Int]? {
        fileOfTensor[name].flatMap { files[$0].info(name)?.shape }
    }

    /// The tensor `name` as stored (floats as float32, see `SafeTensorsFile.tensor`); float32
    /// weights come straight from the memory-mapped file, with no copy
    /// (`SafeTensorsFile.mappedTensor`).
    public func tensor(_ name: String) throws -> Tensor {
        guard let number = fileOfTensor[name] else {
            throw PretrainedError(.keyError, "\(displayName) has no tensor '\(name)'")
        }
        return try files[number].mappedTensor(name)
    }

    /// `config.json`'s `model_type` (`gpt2`, `bert`, `distilbert`, `t5`), which picks the
    /// architecture for `AutoModel`-style loading.
    public func modelType() throws -> String {
        struct Header: Decodable { let model_type: String? }
        guard let type = try config(Header.self).model_type else {
            throw PretrainedError(.valueError, "Unrecognized model in \(displayName). Should have a `model_type` key in its config.json")
        }
        return type
    }

    /// The decoded `config.json`.
    public func config<T: Decodable>(_ type: T.Type) throws -> T {
        try ConfigFile.load(type, folder: folder)
    }
}
