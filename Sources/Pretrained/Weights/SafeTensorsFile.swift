import Foundation
import TensorCore

/// A safetensors file, memory-mapped: opening reads and validates only the header; a
/// tensor's bytes are read (and converted) when `tensor(_:)` asks for it, so a 500 MB
/// checkpoint costs no more memory than the tensors actually used.
public final class SafeTensorsFile {
    public let path: String
    /// The `__metadata__` map (`{"format": "pt"}` for files torch wrote).
    public let metadata: [String: String]
    private let header: SafeTensorsHeader
    private let index: [String: Int]
    private let mapping: UnsafeMutableRawPointer?
    private let fileSize: Int

    /// Maps and validates the file at `path`.
    public init(path: String) throws {
        self.path = path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw PretrainedError(.osError, "Can't open safetensors file \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw PretrainedError(.osError, "Can't read safetensors file \(path): not a regular file")
        }
        fileSize = Int(info.st_size)
        if fileSize == 0 {
            mapping = nil
        } else {
            let mapped = mmap(nil, fileSize, PROT_READ, MAP_PRIVATE, descriptor, 0)
            guard let mapped, mapped != MAP_FAILED else {
                throw PretrainedError(.osError, "Can't map safetensors file \(path): \(String(cString: strerror(errno)))")
            }
            mapping = mapped
        }
        do {
            header = try SafeTensorsHeader(bytes: UnsafeRawBufferPointer(start: mapping, count: fileSize),
                                           fileSize: fileSize, path: path)
        } catch {
            if let mapping { munmap(mapping, fileSize) }
            throw error
        }
        metadata = header.metadata
        index = Dictionary(uniqueKeysWithValues: header.entries.enumerated().map { ($1.name, $0) })
    }

    deinit {
        if let mapping { munmap(mapping, fileSize) }
    }

    /// Tensor names in file order.
    public var names: [String] { header.entries.map(\.name) }

    /// The stored dtype and shape of `name`, or nil when the file has no such tensor.
    public func info(_ name: String) -> (dtype: SafeTensorsDType, shape: [Int])? {
        index[name].map { (header.entries[$0].dtype, header.entries[$0].shape) }
    }

    /// The tensor `name`: F16, BF16 and F32 as float32, F64 as float64, integers as int64,
    /// BOOL as bool.
    public func tensor(_ name: String) throws -> Tensor {
        guard let position = index[name] else {
            throw PretrainedError(.keyError, "'\(name)' is not a tensor in \(path)")
        }
        let entry = header.entries[position]
        guard let mapping else { return try Tensor(shape: entry.shape, values: [Float]()) }
        let bytes = UnsafeRawBufferPointer(start: mapping + header.dataStart + entry.bytes.lowerBound,
                                           count: entry.bytes.count)
        let count = entry.shape.reduce(1, *)
        switch entry.dtype {
        case .float32: return try Tensor(shape: entry.shape, values: Self.copy(bytes, count, as: Float.self))
        case .float16: return try Tensor(shape: entry.shape, values: Self.decode(bytes, count, as: UInt16.self, floatFromHalf))
        case .bfloat16: return try Tensor(shape: entry.shape, values: Self.decode(bytes, count, as: UInt16.self, floatFromBFloat16))
        case .float64: return try Tensor(shape: entry.shape, values: Self.copy(bytes, count, as: Double.self))
        case .bool: return try Tensor(shape: entry.shape, values: Self.decode(bytes, count, as: UInt8.self) { $0 != 0 })
        case .int64: return try Tensor(shape: entry.shape, values: Self.copy(bytes, count, as: Int64.self))
        case .int32: return try Tensor(shape: entry.shape, values: Self.decode(bytes, count, as: Int32.self) { Int64($0) })
        case .uint32: return try Tensor(shape: entry.shape, values: Self.decode(bytes, count, as: UInt32.self) { Int64($0) })
        case .int16: return try Tensor(shape: entry.shape, values: Self.decode(bytes, count, as: Int16.self) { Int64($0) })
        case .uint16: return try Tensor(shape: entry.shape, values: Self.decode(bytes, count, as: UInt16.self) { Int64($0) })
        case .int8: return try Tensor(shape: entry.shape, values: Self.decode(bytes, count, as: Int8.self) { Int64($0) })
        case .uint8: return try Tensor(shape: entry.shape, values: Self.decode(bytes, count, as: UInt8.self) { Int64($0) })
        case .uint64, .float8E4M3, .float8E5M2:
            throw PretrainedError(.valueError, "tensor '\(name)' in \(path) has dtype \(entry.dtype.rawValue), which nlpnb cannot load")
        }
    }

    /// `count` values stored in the tensor's own type: one memcpy (the host is little-endian,
    /// like the file).
    private static func copy<Value>(_ bytes: UnsafeRawBufferPointer, _ count: Int, as: Value.Type) -> [Value] {
        [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes)
            initialized = count
        }
    }

    /// Reads `count` little-endian `Stored` values (the data area need not be aligned) and
    /// converts each.
    private static func decode<Stored, Value>(_ bytes: UnsafeRawBufferPointer, _ count: Int, as: Stored.Type,
                                              _ convert: (Stored) -> Value) -> [Value] {
        let stride = MemoryLayout<Stored>.size
        return [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count {
                buffer[i] = convert(bytes.loadUnaligned(fromByteOffset: i * stride, as: Stored.self))
            }
            initialized = count
        }
    }
}
