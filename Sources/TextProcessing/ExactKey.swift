/// A dictionary key that compares strings scalar by scalar. Swift's `String` equality is
/// canonical equivalence ("é" == "e\u{301}"), but vocabularies and caches must tell those
/// apart exactly as Python and Rust do.
public struct ExactKey: Hashable {
    public let utf8: [UInt8]
    public init(_ string: String) { utf8 = Array(string.utf8) }
    public init(_ scalars: some Sequence<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        for s in scalars { s.appendUTF8(to: &bytes) }
        utf8 = bytes
    }
    public var string: String { String(decoding: utf8, as: UTF8.self) }
}

extension Unicode.Scalar {
    /// Appends this scalar's UTF-8 bytes without building a String.
    func appendUTF8(to bytes: inout [UInt8]) {
        UTF8.encode(self) { bytes.append($0) }
    }
}
