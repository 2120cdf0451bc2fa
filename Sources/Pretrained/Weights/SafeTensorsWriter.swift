import Foundation
import JSONText
import TensorCore

/// Writes tensors as a safetensors file (`save_file`), atomically: a temporary file
/// renamed over `path`, so a failed write never leaves a half file behind.
public enum SafeTensorsWriter {
    /// Writes `tensors` (sorted by name, each in its own dtype) and `metadata` to `path`.
    public static func write(_ tensors: [(name: String, tensor: Tensor)], metadata: [String: String] = [:],
                             to path: String) throws {
        let sorted = tensors.sorted { $0.name < $1.name }
        var names = Set<String>()
        for item in sorted where !names.insert(item.name).inserted || item.name == "__metadata__" {
            throw PretrainedError(.valueError, "cannot save tensor name '\(item.name)' twice or as a reserved name")
        }
        // The header as the reference writer lays it out: metadata first, then each tensor as
        // {"dtype", "shape", "data_offsets"} in data order, nothing escaped that JSON allows raw.
        var fields: [String] = []
        if !metadata.isEmpty {
            let pairs = metadata.sorted { $0.key < $1.key }.map { JSONValue.quoted($0.key) + ":" + JSONValue.quoted($0.value) }
            fields.append("\"__metadata__\":{" + pairs.joined(separator: ",") + "}")
        }
        var data = Data()
        for item in sorted {
            let begin = data.count
            try append(item.tensor, to: &data)
            let dtype = SafeTensorsDType(storing: item.tensor.dtype).rawValue
            let shape = item.tensor.shape.map(String.init).joined(separator: ",")
            fields.append(JSONValue.quoted(item.name) + ":{\"dtype\":\"\(dtype)\",\"shape\":[\(shape)],\"data_offsets\":[\(begin),\(data.count)]}")
        }
        var json = Data(("{" + fields.joined(separator: ",") + "}").utf8)
        // Pad the header with spaces so the data area starts 8-byte aligned, as the reference writer does.
        json.append(contentsOf: [UInt8](repeating: UInt8(ascii: " "), count: (8 - json.count % 8) % 8))
        var file = Data()
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { file.append(contentsOf: $0) }
        file.append(json)
        file.append(data)
        do {
            try file.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw PretrainedError(.osError, "Can't write safetensors file \(path): \(error.localizedDescription)")
        }
    }

    /// The tensor's elements in C order as little-endian bytes.
    private static func append(_ tensor: Tensor, to data: inout Data) throws {
        func bytes<T: TensorScalar>(_ type: T.Type) throws {
            let values = try tensor.values(as: T.self)
            values.withUnsafeBytes { data.append(contentsOf: $0) }
        }
        switch tensor.dtype {
        case .float32: try bytes(Float.self)
        case .float64: try bytes(Double.self)
        case .int32: try bytes(Int32.self)
        case .int64: try bytes(Int64.self)
        case .bool: try data.append(contentsOf: tensor.values(as: Bool.self).map { $0 ? 1 : 0 })
        }
    }
}
