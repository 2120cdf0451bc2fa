import Foundation

/// A safetensors file's layout: 8 bytes of little-endian header length N, N bytes of JSON
/// header, then the data area. The header maps each tensor name to
/// `{"dtype", "shape", "data_offsets": [begin, end]}` (offsets relative to the data area)
/// and may hold a `"__metadata__"` string map.
///
/// Parsing validates everything a hostile file could get wrong, so that reading tensor
/// bytes afterwards needs no further checks: the header fits in the file, offsets are in
/// order, byte counts match shape × dtype, and the tensors tile the data area exactly
/// (no gaps, no overlaps, nothing past the end).
struct SafeTensorsHeader {
    struct Entry {
        let name: String
        let dtype: SafeTensorsDType
        let shape: [Int]
        /// Byte range within the data area.
        let bytes: Range<Int>
    }

    /// Tensors in data-area order.
    let entries: [Entry]
    let metadata: [String: String]
    /// Offset of the data area from the start of the file.
    let dataStart: Int

    /// The largest header the reference implementation accepts (100 MB).
    static let maxHeaderLength = 100_000_000

    /// Parses and validates the header of a file of `fileSize` bytes whose first bytes are at `bytes`.
    init(bytes: UnsafeRawBufferPointer, fileSize: Int, path: String) throws {
        func invalid(_ message: String) -> PretrainedError {
            PretrainedError(.osError, "Invalid safetensors file \(path): \(message)")
        }
        guard fileSize >= 8 else { throw invalid("the file is \(fileSize) bytes long, too short for the 8-byte header length") }
        var length: UInt64 = 0
        for index in (0..<8).reversed() { length = length << 8 | UInt64(bytes[index]) }
        guard length <= UInt64(SafeTensorsHeader.maxHeaderLength) else {
            throw invalid("header length \(length) is larger than the limit of \(SafeTensorsHeader.maxHeaderLength) bytes")
        }
        let headerLength = Int(length)
        guard headerLength <= fileSize - 8 else {
            throw invalid("header length \(headerLength) runs past the end of the file (\(fileSize) bytes)")
        }
        let json = Data(bytes[8..<(8 + headerLength)])
        guard json.first == UInt8(ascii: "{") else { throw invalid("the header is not a JSON object") }

        let decoded: RawHeader
        do {
            decoded = try JSONDecoder().decode(RawHeader.self, from: json)
        } catch let error as PretrainedError {
            throw invalid(error.message)
        } catch {
            throw invalid("the header is not valid JSON (\(SafeTensorsHeader.describe(error)))")
        }
        dataStart = 8 + headerLength
        metadata = decoded.metadata
        entries = try SafeTensorsHeader.validated(decoded.tensors, dataSize: fileSize - dataStart, invalid: invalid)
    }

    /// Checks each entry's byte count and that the entries tile `0..<dataSize` exactly.
    private static func validated(_ raw: [RawEntry], dataSize: Int,
                                  invalid: (String) -> PretrainedError) throws -> [Entry] {
        var entries: [Entry] = []
        for item in raw {
            guard let dtype = SafeTensorsDType(rawValue: item.dtype) else {
                throw invalid("tensor '\(item.name)' has unknown dtype '\(item.dtype)'")
            }
            guard item.offsets.count == 2 else {
                throw invalid("tensor '\(item.name)' needs data_offsets [begin, end], got \(item.offsets.count) numbers")
            }
            let begin = item.offsets[0], end = item.offsets[1]
            guard begin >= 0, end >= begin else {
                throw invalid("tensor '\(item.name)' has data_offsets [\(begin), \(end)], which is not a valid range")
            }
            guard end <= dataSize else {
                throw invalid("tensor '\(item.name)' has data_offsets [\(begin), \(end)] past the end of the data (\(dataSize) bytes); the file may be truncated")
            }
            var bytes = dtype.itemSize
            for dim in item.shape {
                guard dim >= 0 else { throw invalid("tensor '\(item.name)' has a negative dimension in shape \(item.shape)") }
                let (product, overflow) = bytes.multipliedReportingOverflow(by: dim)
                guard !overflow else { throw invalid("tensor '\(item.name)' has shape \(item.shape), too large to address") }
                bytes = product
            }
            guard bytes == end - begin else {
                throw invalid("tensor '\(item.name)' has shape \(item.shape) of \(dtype.rawValue) (\(bytes) bytes) but data_offsets [\(begin), \(end)] hold \(end - begin) bytes")
            }
            entries.append(Entry(name: item.name, dtype: dtype, shape: item.shape, bytes: begin..<end))
        }
        entries.sort { ($0.bytes.lowerBound, $0.bytes.upperBound) < ($1.bytes.lowerBound, $1.bytes.upperBound) }
        var covered = 0
        for (index, entry) in entries.enumerated() {
            if entry.bytes.lowerBound < covered {
                throw invalid("tensor '\(entry.name)' overlaps tensor '\(entries[index - 1].name)' in the data area")
            }
            if entry.bytes.lowerBound > covered {
                throw invalid("bytes \(covered)..<\(entry.bytes.lowerBound) of the data area, before tensor '\(entry.name)', belong to no tensor")
            }
            covered = entry.bytes.upperBound
        }
        guard covered == dataSize else {
            throw invalid("the data area is \(dataSize) bytes but the tensors cover only \(covered)")
        }
        return entries
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "\(path): \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, let context):
            let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            return "missing \(path)"
        default: return "\(error)"
        }
    }
}

/// The header JSON as decoded, before validation. `JSONDecoder` rejects fractional,
/// overflowing or non-numeric shapes and offsets by itself.
private struct RawEntry: Decodable {
    var name = ""
    let dtype: String
    let shape: [Int]
    let offsets: [Int]

    enum CodingKeys: String, CodingKey { case dtype, shape, offsets = "data_offsets" }
}

private struct RawHeader: Decodable {
    let tensors: [RawEntry]
    let metadata: [String: String]

    struct Key: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var tensors: [RawEntry] = []
        var metadata: [String: String] = [:]
        for key in container.allKeys {
            if key.stringValue == "__metadata__" {
                metadata = try container.decode([String: String].self, forKey: key)
            } else {
                var entry = try container.decode(RawEntry.self, forKey: key)
                entry.name = key.stringValue
                tensors.append(entry)
            }
        }
        self.tensors = tensors
        self.metadata = metadata
    }
}
