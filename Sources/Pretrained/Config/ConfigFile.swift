import Foundation

/// Reading `config.json`. Decoding goes through `JSONDecoder`, which parses decimal numbers
/// exactly (`layer_norm_epsilon: 1e-05` must be the same double Python reads); missing
/// fields take transformers' defaults.
enum ConfigFile {
    /// Decodes the `config.json` in `folder` as `T`.
    static func load<T: Decodable>(_ type: T.Type, folder: String) throws -> T {
        let path = folder + "/config.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PretrainedError(.osError, "Can't read \(path)")
        }
        return try decode(type, from: data, path: path)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            let detail: String
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                let field = context.codingPath.map(\.stringValue).joined(separator: ".")
                detail = field.isEmpty ? context.debugDescription : "field '\(field)': \(context.debugDescription)"
            case .keyNotFound(let key, _): detail = "missing field '\(key.stringValue)'"
            @unknown default: detail = "\(error)"
            }
            throw PretrainedError(.valueError, "Invalid config file \(path): \(detail)")
        }
    }
}

/// Field reading with defaults, for the configs' `init(from:)`.
struct ConfigReader {
    let container: KeyedDecodingContainer<AnyKey>

    init(_ decoder: Decoder) throws {
        container = try decoder.container(keyedBy: AnyKey.self)
    }

    /// The field's value; `fallback` when the field is absent or null.
    func callAsFunction<T: Decodable>(_ key: String, _ fallback: T) throws -> T {
        try container.decodeIfPresent(T.self, forKey: AnyKey(key)) ?? fallback
    }

    /// A size or count field. It sizes arrays and loops and is multiplied by small factors
    /// (4 × n_embd), so it must lie in 0...2^31, far above any real model's.
    func size(_ key: String, _ fallback: Int) throws -> Int {
        let value: Int = try self(key, fallback)
        guard (0...(1 << 31)).contains(value) else {
            throw DecodingError.dataCorruptedError(forKey: AnyKey(key), in: container,
                                                   debugDescription: "must be between 0 and 2^31, got \(value)")
        }
        return value
    }

    /// An optional field; nil when absent or null.
    func optional<T: Decodable>(_ key: String, _: T.Type = T.self) throws -> T? {
        try container.decodeIfPresent(T.self, forKey: AnyKey(key))
    }

    /// A single token id: `fallback` when the field is absent, nil when it is null.
    func tokenId(_ key: String, _ fallback: Int?) throws -> Int? {
        guard container.contains(AnyKey(key)) else { return fallback }
        return try optional(key)
    }

    /// A token id field that may be a number or a list of numbers (`eos_token_id: [1, 2]`).
    func tokenIds(_ key: String, _ fallback: [Int]) throws -> [Int] {
        guard container.contains(AnyKey(key)), try !container.decodeNil(forKey: AnyKey(key)) else {
            return container.contains(AnyKey(key)) ? [] : fallback
        }
        if let single = try? container.decode(Int.self, forKey: AnyKey(key)) { return [single] }
        return try container.decode([Int].self, forKey: AnyKey(key))
    }

    /// transformers' label count: the size of `id2label` when given, else `num_labels`, else 2.
    func labelCount() throws -> Int {
        if let labels = try optional("id2label", [String: String].self) { return labels.count }
        return try size("num_labels", 2)
    }
}

struct AnyKey: CodingKey {
    let stringValue: String
    init(_ string: String) { stringValue = string }
    init(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}
