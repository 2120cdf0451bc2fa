extension RandomState {
    /// `randint(low, high, n)` with numpy's default int64 dtype: integers in [low, high).
    /// numpy's legacy path uses masked rejection: draw bits, keep those under the smallest
    /// all-ones mask covering the range, retry values past it. Ranges that fit in 32 bits
    /// draw 32 bits at a time, wider ones 64.
    public func randint(low: Int64, high: Int64, count: Int) throws -> [Int64] {
        // numpy returns an empty request before it looks at the bounds.
        if count == 0 { return [] }
        guard low < high else {
            throw TensorError(.valueError, low == 0 ? "high <= 0" : "low >= high")
        }
        try checkCount(count)
        // Work in wrapping unsigned arithmetic: the span of the widest int64 range is 2^64 - 1.
        let offset = UInt64(bitPattern: low)
        let span = UInt64(bitPattern: high) &- offset &- 1  // largest value to add to low
        return (0..<count).map { _ in Int64(bitPattern: offset &+ maskedDraw(upTo: span)) }
    }

    /// A uniform integer in [0, max] by masked rejection: numpy's `random_interval`, and
    /// also what its legacy bounded-integer fill does (its special cases for all-ones
    /// ranges draw the same bits this loop would).
    func maskedDraw(upTo max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        let mask = smallestMask(covering: max)
        while true {
            let value = max <= UInt64(UInt32.max) ? UInt64(next32()) & mask : next64() & mask
            if value <= max { return value }
        }
    }

    /// `shuffle(x)` for a list or along the first axis of an array: Fisher-Yates from the
    /// end, as numpy's legacy shuffle does.
    public func shuffle<T>(_ items: inout [T]) {
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = Int(maskedDraw(upTo: UInt64(i)))
            if i != j { items.swapAt(i, j) }
        }
    }

    /// The order `shuffle` would put `count` items in: entry k is the original index of
    /// the item that ends at position k. Apply it to shuffle rows of an N-D array.
    public func shuffleIndices(_ count: Int) throws -> [Int] {
        try checkCount(count)
        var indices = Array(0..<count)
        shuffle(&indices)
        return indices
    }

    /// `permutation(n)`: a shuffled `arange(n)`.
    public func permutation(_ count: Int) throws -> [Int64] {
        try shuffleIndices(count).map(Int64.init)
    }
}

/// The smallest 2^k - 1 that is >= value.
private func smallestMask(covering value: UInt64) -> UInt64 {
    value == 0 ? 0 : UInt64.max >> value.leadingZeroBitCount
}
