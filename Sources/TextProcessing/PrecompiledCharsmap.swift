import Foundation

/// SentencePiece's precompiled normalisation map (`precompiled_charsmap`): a little-endian
/// u32 trie size, a Darts double-array trie of that many bytes keyed by UTF-8, and a blob
/// of NUL-terminated replacement strings the trie's values point into.
public struct PrecompiledCharsmap {
    private let units: [UInt32]
    private let replacements: [UInt8]

    public init(_ data: [UInt8]) throws {
        guard data.count >= 4 else { throw TokenizerError.invalidCharsmap("shorter than its 4-byte header") }
        let trieSize = Int(data[0]) | Int(data[1]) << 8 | Int(data[2]) << 16 | Int(data[3]) << 24
        guard trieSize % 4 == 0, trieSize >= 4, 4 + trieSize <= data.count else {
            throw TokenizerError.invalidCharsmap("trie size \(trieSize) does not fit in \(data.count) bytes")
        }
        var units: [UInt32] = []
        units.reserveCapacity(trieSize / 4)
        var i = 4
        while i < 4 + trieSize {
            units.append(UInt32(data[i]) | UInt32(data[i + 1]) << 8 | UInt32(data[i + 2]) << 16 | UInt32(data[i + 3]) << 24)
            i += 4
        }
        self.units = units
        self.replacements = Array(data[(4 + trieSize)...])
        guard String(validating: self.replacements, as: UTF8.self) != nil else {
            throw TokenizerError.invalidCharsmap("replacement strings are not UTF-8")
        }
    }

    private static func offset(_ unit: UInt32) -> Int { Int((unit >> 10) << ((unit & (1 << 9)) >> 6)) }
    private static func label(_ unit: UInt32) -> UInt32 { unit & ((1 << 31) | 0xFF) }
    private static func hasLeaf(_ unit: UInt32) -> Bool { (unit >> 8) & 1 == 1 }
    private static func value(_ unit: UInt32) -> Int { Int(unit & ((1 << 31) - 1)) }

    /// Values of every key that is a prefix of `key`, shortest first (a zero byte ends the key).
    func commonPrefixSearch(_ key: [UInt8]) -> [Int] {
        var results: [Int] = []
        guard let root = units.first else { return results }
        var node = PrecompiledCharsmap.offset(root)
        for c in key {
            if c == 0 { break }
            node ^= Int(c)
            guard node >= 0, node < units.count else { return results }
            let unit = units[node]
            guard PrecompiledCharsmap.label(unit) == UInt32(c) else { return results }
            node ^= PrecompiledCharsmap.offset(unit)
            if PrecompiledCharsmap.hasLeaf(unit) {
                guard node >= 0, node < units.count else { return results }
                results.append(PrecompiledCharsmap.value(units[node]))
            }
        }
        return results
    }

    /// The replacement for a chunk of text, taken (as SentencePiece does) from the first,
    /// shortest key that prefixes it; nil when no key does.
    func transform(_ chunk: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var bytes: [UInt8] = []
        for s in chunk { s.appendUTF8(to: &bytes) }
        guard let start = commonPrefixSearch(bytes).first, start < replacements.count else { return nil }
        var end = start
        while end < replacements.count, replacements[end] != 0 { end += 1 }
        return Array(String(decoding: replacements[start..<end], as: UTF8.self).unicodeScalars)
    }

    /// Normalises grapheme by grapheme: a short grapheme (under 6 UTF-8 bytes) is looked up
    /// whole; otherwise, or when it has no entry, each of its scalars is looked up alone.
    func normalize(_ text: inout NormalizedText) {
        var groups: [(range: Range<Int>, replacement: [Unicode.Scalar])] = []
        var changed = false
        for g in text.graphemeRanges() {
            let scalars = Array(text.scalars[g])
            let utf8Length = scalars.reduce(0) { $0 + UTF8.width($1) }
            if utf8Length < 6, let whole = transform(scalars) {
                groups.append((g, whole))
                changed = true
                continue
            }
            for i in g {
                if let one = transform([text.scalars[i]]) {
                    groups.append((i..<i + 1, one))
                    changed = true
                }
            }
        }
        if changed { text.rewriteGroups(groups) }
    }
}
