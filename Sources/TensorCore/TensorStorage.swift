import Foundation

/// Largest single array allocation, in bytes. Larger requests throw numpy's MemoryError text
/// instead of letting the process be killed. Default: half the RAM, at most 8 GiB; the
/// environment variable `NLPNB_MAX_ARRAY_BYTES` sets it (a byte count, or with a K, M or G
/// suffix in binary units: `512M`), and so can a host program.
nonisolated(unsafe) public var maxAllocationBytes: Int = {
    if let text = ProcessInfo.processInfo.environment["NLPNB_MAX_ARRAY_BYTES"], let bytes = byteCount(text) { return bytes }
    let half = Int(clamping: ProcessInfo.processInfo.physicalMemory / 2)
    return min(half, 8 << 30)
}()

/// `4096`, `64K`, `512M`, `2G` as bytes (binary units); nil for anything else.
func byteCount(_ text: String) -> Int? {
    let units: [Character: Int] = ["K": 10, "M": 20, "G": 30]
    var digits = text.uppercased()
    var shift = 0
    if let last = digits.last, let s = units[last] {
        shift = s
        digits.removeLast()
    }
    guard let value = Int(digits), value >= 0, value <= Int.max >> shift else { return nil }
    return value << shift
}

/// The element buffer behind one or more tensors. A final class so that views share it by
/// reference (see `Tensor` for the aliasing model). Memory is zero-filled unless the creator
/// asks otherwise, and bound to the element type of `dtype` once, at creation.
final class TensorStorage {
    let raw: UnsafeMutableRawPointer
    let count: Int
    let dtype: DType
    /// For large buffers, the whole anonymous mapping (`raw` is inside it), unmapped or
    /// recycled on deinit.
    private let mapping: LargeMapping?
    /// For borrowed memory (see `init(borrowing:)`), what keeps it alive; nothing is freed.
    private let owner: AnyObject?

    /// Allocates `count` elements, zero-filled when `zeroed`, or returns nil when the system
    /// has no memory for them. `count` must already be validated (see `Tensor.allocate`).
    init?(count: Int, dtype: DType, zeroed: Bool = true) {
        self.count = count
        self.dtype = dtype
        owner = nil
        // calloc of 0 bytes may return NULL; always ask for at least one element.
        let capacity = Swift.max(count, 1)
        let bytes = capacity * dtype.itemSize
        if bytes >= LargeMapping.threshold {
            // Fresh mappings are zero-filled; recycled ones hold old elements.
            guard let large = (zeroed ? nil : LargeMapping.recycled(bytes)) ?? LargeMapping(bytes) else { return nil }
            mapping = large
            raw = large.start
        } else {
            guard let memory = calloc(capacity, dtype.itemSize) else { return nil }
            raw = memory
            mapping = nil
        }
        switch dtype {
        case .bool: raw.bindMemory(to: Bool.self, capacity: capacity)
        case .int32: raw.bindMemory(to: Int32.self, capacity: capacity)
        case .int64: raw.bindMemory(to: Int64.self, capacity: capacity)
        case .float32: raw.bindMemory(to: Float.self, capacity: capacity)
        case .float64: raw.bindMemory(to: Double.self, capacity: capacity)
        }
    }

    /// Elements that live in memory this storage does not own (a memory-mapped file), valid
    /// as long as `owner` lives; `raw` must be aligned for the element type.
    init(borrowing raw: UnsafeMutableRawPointer, count: Int, dtype: DType, owner: AnyObject) {
        self.raw = raw
        self.count = count
        self.dtype = dtype
        self.owner = owner
        mapping = nil
    }

    deinit {
        if let mapping { mapping.recycle() } else if owner == nil { free(raw) }
    }

    /// Storage for one element (0-d tensors); failing to find 8 bytes is not recoverable.
    static func scalar(_ dtype: DType) -> TensorStorage {
        guard let storage = TensorStorage(count: 1, dtype: dtype) else { fatalError("out of memory") }
        return storage
    }

    @inline(__always) func pointer<T: TensorScalar>(_: T.Type) -> UnsafeMutablePointer<T> {
        raw.assumingMemoryBound(to: T.self)
    }
}

/// An anonymous mapping for a large buffer, starting on a huge-page boundary and marked for
/// transparent huge pages, as numpy does: first-touch page faults otherwise dominate large
/// element-wise operations.
///
/// A freed mapping is kept for reuse (a few, up to `cacheLimit` bytes in all) instead of
/// being unmapped: the kernel zero-fills every page of a fresh mapping on first touch, which
/// costs as much as an exp over it, and a program that computes `np.exp(x)` in a loop frees
/// and allocates the same size each time. glibc's malloc recycles blocks up to 32 MB the same
/// way; only kernels that write every element (`zeroed: false`) get a recycled mapping.
struct LargeMapping {
    /// Buffers from this size up get their own mapping.
    static let threshold = 4 << 20
    private static let hugePageSize = 2 << 20
    private static let cacheLimit = 256 << 20

    let base: UnsafeMutableRawPointer
    let length: Int
    var start: UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: (Int(bitPattern: base) + LargeMapping.hugePageSize - 1) & ~(LargeMapping.hugePageSize - 1)) ?? base
    }

    /// A fresh zero-filled mapping with room for `bytes` from a huge-page boundary.
    init?(_ bytes: Int) {
        length = bytes + LargeMapping.hugePageSize
        let mapped = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let mapped, mapped != MAP_FAILED else { return nil }
        base = mapped
        madvise(start, bytes, Int32(MADV_HUGEPAGE))
    }

    private nonisolated(unsafe) static var cache: [LargeMapping] = []
    private static let lock = NSLock()

    /// A kept mapping that fits `bytes` without wasting more than a quarter of it, if any.
    static func recycled(_ bytes: Int) -> LargeMapping? {
        let needed = bytes + hugePageSize
        lock.lock()
        defer { lock.unlock() }
        guard let index = cache.lastIndex(where: { $0.length >= needed && $0.length <= needed + needed / 4 }) else { return nil }
        return cache.remove(at: index)
    }

    /// Keeps this mapping for reuse, evicting the oldest kept ones beyond `cacheLimit`.
    func recycle() {
        var evicted: [LargeMapping] = []
        LargeMapping.lock.lock()
        LargeMapping.cache.append(self)
        var total = LargeMapping.cache.reduce(0) { $0 + $1.length }
        while total > LargeMapping.cacheLimit, let oldest = LargeMapping.cache.first {
            evicted.append(LargeMapping.cache.removeFirst())
            total -= oldest.length
        }
        LargeMapping.lock.unlock()
        for mapping in evicted { munmap(mapping.base, mapping.length) }
    }
}

/// numpy's `_ArrayMemoryError._size_to_string`: binary units; whole bytes, else three
/// significant figures with trailing zeros kept (`1.50 MiB`), or all digits from 1000 up.
func byteSizeString(_ bytes: Int) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    let bitLength = Int.bitWidth - bytes.leadingZeroBitCount
    var unit = Swift.max(bitLength - 1, 1) / 10
    var value = Double(bytes) / Double(UInt64(1) << UInt64(unit * 10))
    if value.rounded(.toNearestOrEven) == 1024 {
        unit += 1
        value /= 1024
    }
    if unit == 0 { return String(format: "%.0f", value) + " bytes" }
    let format = value.rounded(.toNearestOrEven) < 1000 ? "%#.3g" : "%#.0f"
    return String(format: format, value) + " " + units[unit]
}
