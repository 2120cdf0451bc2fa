import Foundation
import TensorCore

/// A safetensors file, memory-mapped: opening reads and validates only the header; a
/// tensor's bytes are read (and converted) when `tensor(_:)` asks for it, or used in place
/// by `mappedTensor(_:)`, so a 500 MB checkpoint costs no more memory than the tensors
/// actually used, and no copy at all for float32 weights.
public final class SafeTensorsFile {
    public let path: String
    /// The `__metadata__` map (`{"format": "pt"}` for files torch wrote).
    public let metadata: [String: String]
    private let header: SafeTensorsHeader
    private let index: [String: Int]
    /// The whole file; nil when it is empty.
    private let mapping: FileMapping?

    /// Maps and validates the file at `path`.
    public init(path: String) throws {
        self.path = path
        mapping = try FileMapping(path: path)
        header = try SafeTensorsHeader(bytes: mapping?.bytes ?? UnsafeRawBufferPointer(start: nil, count: 0),
                                       fileSize: mapping?.length ?? 0, path: path)
        metadata = header.metadata
        index = Dictionary(uniqueKeysWithValues: header.entries.enumerated().map { ($1.name, $0) })
    }

    /// Tensor names in file order.
    public var names: [String] { header.entries.map(\.name) }

    /// The stored dtype and shape of `name`, or nil when the file has no such tensor.
    public func info(_ name: String) -> (dtype: SafeTensorsDType, shape: [Int])? {
        index[name].map { (header.entries[$0].dtype, header.entries[$0].shape) }
    }

    /// The tensor `name`, a copy of its own: F16, BF16 and F32 as float32, F64 as float64,
    /// integers as int64, BOOL as bool.
    public func tensor(_ name: String) throws -> Tensor {
        let entry = try self.entry(name)
        guard let mapping else { return try Tensor(shape: entry.shape, values: [Float]()) }
        let bytes = UnsafeRawBufferPointer(start: mapping.base + header.dataStart + entry.bytes.lowerBound,
                                           count: entry.bytes.count)
        let shape = entry.shape
        switch entry.dtype {
        case .float32: return try Self.copy(bytes, shape, as: Float.self)
        case .float16: return try Self.decode(bytes, shape, as: UInt16.self, floatFromHalf)
        case .bfloat16: return try Self.decode(bytes, shape, as: UInt16.self, floatFromBFloat16)
        case .float64: return try Self.copy(bytes, shape, as: Double.self)
        case .bool: return try Self.decode(bytes, shape, as: UInt8.self) { $0 != 0 }
        case .int64: return try Self.copy(bytes, shape, as: Int64.self)
        case .int32: return try Self.decode(bytes, shape, as: Int32.self) { Int64($0) }
        case .uint32: return try Self.decode(bytes, shape, as: UInt32.self) { Int64($0) }
        case .int16: return try Self.decode(bytes, shape, as: Int16.self) { Int64($0) }
        case .uint16: return try Self.decode(bytes, shape, as: UInt16.self) { Int64($0) }
        case .int8: return try Self.decode(bytes, shape, as: Int8.self) { Int64($0) }
        case .uint8: return try Self.decode(bytes, shape, as: UInt8.self) { Int64($0) }
        case .uint64, .float8E4M3, .float8E5M2:
            throw PretrainedError(.valueError, "tensor '\(name)' in \(path) has dtype \(entry.dtype.rawValue), which nlpnb cannot load")
        }
    }

    /// The tensor `name` with no copy where the file allows it: an F32 tensor whose bytes
    /// are 4-byte aligned is served straight from the mapping, so the page cache holds the
    /// only copy of the weights. The mapping is copy-on-write: a write through the tensor
    /// changes this process's memory only, never the file, and is seen by every tensor this
    /// object serves from the same bytes (numpy's `memmap` mode "c"). Anything else comes
    /// as from `tensor(_:)`.
    public func mappedTensor(_ name: String) throws -> Tensor {
        let entry = try self.entry(name)
        guard let start = inPlaceAddress(of: entry), let mapping else { return try tensor(name) }
        return try Tensor(borrowing: start, shape: entry.shape, dtype: .float32, owner: mapping)
    }

    /// Whether `mappedTensor(name)` serves the tensor from the mapping, without a copy.
    public func isMappedInPlace(_ name: String) -> Bool {
        index[name].map { inPlaceAddress(of: header.entries[$0]) != nil } ?? false
    }

    private func inPlaceAddress(of entry: SafeTensorsHeader.Entry) -> UnsafeMutableRawPointer? {
        guard entry.dtype == .float32, !entry.bytes.isEmpty, let mapping else { return nil }
        let start = mapping.base + header.dataStart + entry.bytes.lowerBound
        return Int(bitPattern: start) % MemoryLayout<Float>.alignment == 0 ? start : nil
    }

    private func entry(_ name: String) throws -> SafeTensorsHeader.Entry {
        guard let position = index[name] else {
            throw PretrainedError(.keyError, "'\(name)' is not a tensor in \(path)")
        }
        return header.entries[position]
    }

    /// The values stored in the tensor's own type: one memcpy (the host is little-endian,
    /// like the file).
    private static func copy<Value: TensorScalar>(_ bytes: UnsafeRawBufferPointer, _ shape: [Int],
                                                  as: Value.Type) throws -> Tensor {
        try Tensor(shape: shape) { (buffer: UnsafeMutableBufferPointer<Value>) in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes)
        }
    }

    /// Reads little-endian `Stored` values (the data area need not be aligned) and converts each.
    private static func decode<Stored, Value: TensorScalar>(_ bytes: UnsafeRawBufferPointer, _ shape: [Int],
                                                            as: Stored.Type, _ convert: (Stored) -> Value) throws -> Tensor {
        let stride = MemoryLayout<Stored>.size
        return try Tensor(shape: shape) { (buffer: UnsafeMutableBufferPointer<Value>) in
            for i in buffer.indices {
                buffer[i] = convert(bytes.loadUnaligned(fromByteOffset: i * stride, as: Stored.self))
            }
        }
    }
}

/// A whole file mapped private and copy-on-write, unmapped when the last user (the file
/// object, or a tensor served from it) goes away.
final class FileMapping {
    let base: UnsafeMutableRawPointer
    let length: Int

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: length) }

    /// Maps the regular file at `path`; nil when it is empty (there is nothing to map).
    init?(path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw PretrainedError(.osError, "Can't open safetensors file \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw PretrainedError(.osError, "Can't read safetensors file \(path): not a regular file")
        }
        length = Int(info.st_size)
        if length == 0 { return nil }
        let mapped = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE, descriptor, 0)
        guard let mapped, mapped != MAP_FAILED else {
            throw PretrainedError(.osError, "Can't map safetensors file \(path): \(String(cString: strerror(errno)))")
        }
        base = mapped
    }

    deinit { munmap(base, length) }
}
