/// Text being normalised and split, one Unicode scalar at a time, each remembering which
/// scalars of the original input it came from. Offsets reported to the user are scalar
/// (Python `str`) positions in the original input, as the tokenizers Python binding reports.
public struct NormalizedText {
    public var scalars: [Unicode.Scalar]
    /// For each scalar, the original range it stands for.
    public var origins: [Range<Int>]
    /// Where this text sits in the original when it is empty (keeps offsets of empty pieces).
    public var anchor: Int

    public init(_ text: String, startingAt offset: Int = 0) {
        scalars = Array(text.unicodeScalars)
        origins = (0..<scalars.count).map { offset + $0 ..< offset + $0 + 1 }
        anchor = offset
    }

    init(scalars: [Unicode.Scalar], origins: [Range<Int>], anchor: Int) {
        self.scalars = scalars
        self.origins = origins
        self.anchor = anchor
    }

    public var string: String { String(String.UnicodeScalarView(scalars)) }
    public var isEmpty: Bool { scalars.isEmpty }
    public var count: Int { scalars.count }

    /// The slice of scalars `range`, keeping their origins.
    public func slice(_ range: Range<Int>) -> NormalizedText {
        let anchorAt = range.lowerBound < origins.count ? origins[range.lowerBound].lowerBound
            : (origins.last?.upperBound ?? anchor)
        return NormalizedText(scalars: Array(scalars[range]), origins: Array(origins[range]), anchor: anchorAt)
    }

    /// The original span covered by scalars `range` (empty ranges sit at their position).
    public func originalSpan(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty, range.upperBound <= origins.count else {
            let at = range.lowerBound < origins.count ? origins[range.lowerBound].lowerBound : (origins.last?.upperBound ?? anchor)
            return at..<at
        }
        let lo = origins[range].map(\.lowerBound).min() ?? anchor
        let hi = origins[range].map(\.upperBound).max() ?? anchor
        return lo..<hi
    }

    /// Replaces every scalar by zero or more scalars, each of which keeps the origin of the
    /// scalar it replaced.
    public mutating func mapScalars(_ transform: (Unicode.Scalar) -> [Unicode.Scalar]) {
        var newScalars: [Unicode.Scalar] = [], newOrigins: [Range<Int>] = []
        newScalars.reserveCapacity(scalars.count)
        for (s, o) in zip(scalars, origins) {
            for r in transform(s) { newScalars.append(r); newOrigins.append(o) }
        }
        scalars = newScalars
        origins = newOrigins
    }

    /// How the scalars replacing a group inherit origins, following tokenizers' alignment rules.
    public enum GroupAlignment {
        /// Scalar i takes the origin of the group's scalar min(i, count - 1): one-for-one, with
        /// extra scalars sharing the last one's (Precompiled, NFC/NFD/NFKC/NFKD).
        case positional
        /// Every new scalar takes the origin of the group's last scalar (Replace).
        case lastOfGroup
    }

    /// Replaces every scalar by one scalar, or drops it (nil); no per-scalar allocation.
    public mutating func mapEach(_ transform: (Unicode.Scalar) -> Unicode.Scalar?) {
        var kept = 0
        for i in scalars.indices {
            guard let r = transform(scalars[i]) else { continue }
            scalars[kept] = r
            origins[kept] = origins[i]
            kept += 1
        }
        scalars.removeLast(scalars.count - kept)
        origins.removeLast(origins.count - kept)
    }

    /// Rust's per-character lowercase (ASCII inline; other scalars may expand, like İ).
    public mutating func lowercase() {
        if scalars.allSatisfy({ $0.isASCII }) {
            mapEach { (65...90).contains($0.value) ? Unicode.Scalar(UInt8($0.value + 32)) : $0 }
        } else {
            mapScalars(UnicodeClasses.lowercase)
        }
    }

    /// Rewrites the text one group of scalars at a time (a grapheme, or a match), each group
    /// becoming its replacement. Groups must be sorted and disjoint; empty, overlapping or
    /// out-of-range groups are ignored.
    public mutating func rewriteGroups(_ groups: [(range: Range<Int>, replacement: [Unicode.Scalar])],
                                       alignment: GroupAlignment = .positional) {
        var newScalars: [Unicode.Scalar] = [], newOrigins: [Range<Int>] = []
        var cursor = 0
        for (range, replacement) in groups where !range.isEmpty && range.lowerBound >= cursor && range.upperBound <= scalars.count {
            if cursor < range.lowerBound {
                newScalars += scalars[cursor..<range.lowerBound]
                newOrigins += origins[cursor..<range.lowerBound]
            }
            for (i, r) in replacement.enumerated() {
                newScalars.append(r)
                switch alignment {
                case .positional: newOrigins.append(origins[range.lowerBound + min(i, range.count - 1)])
                case .lastOfGroup: newOrigins.append(origins[range.upperBound - 1])
                }
            }
            cursor = range.upperBound
        }
        if cursor < scalars.count {
            newScalars += scalars[cursor...]
            newOrigins += origins[cursor...]
        }
        scalars = newScalars
        origins = newOrigins
    }

    /// Scalar ranges of the grapheme clusters (Swift `Character`s) of the text.
    public func graphemeRanges() -> [Range<Int>] {
        var ranges: [Range<Int>] = [], start = 0
        if scalars.allSatisfy({ $0.isASCII }) {
            // In ASCII only CR LF forms a cluster of two.
            while start < scalars.count {
                let n = scalars[start] == "\r" && start + 1 < scalars.count && scalars[start + 1] == "\n" ? 2 : 1
                ranges.append(start..<start + n)
                start += n
            }
            return ranges
        }
        for character in string {
            let n = character.unicodeScalars.count
            ranges.append(start..<start + n)
            start += n
        }
        return ranges
    }
}
