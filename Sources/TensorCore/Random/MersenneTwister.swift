/// MT19937, the Mersenne Twister behind numpy's legacy `RandomState`, seeded the way
/// numpy seeds it so that every stream matches numpy's bit for bit.
struct MersenneTwister {
    private static let stateSize = 624
    private static let shift = 397
    private static let twistMatrix: UInt32 = 0x9908_b0df
    private static let upperBit: UInt32 = 0x8000_0000
    private static let lowerBits: UInt32 = 0x7fff_ffff

    private var key = [UInt32](repeating: 0, count: MersenneTwister.stateSize)
    private var position = MersenneTwister.stateSize

    /// numpy's `mt19937_seed`, used for an integer seed: Knuth's linear recurrence.
    init(seed: UInt32) {
        fillKnuth(seed)
    }

    /// numpy's `mt19937_init_by_array`, used for a sequence seed like `seed([1, 2, 3])`.
    /// The key must not be empty.
    init(seedArray initKey: [UInt32]) {
        precondition(!initKey.isEmpty, "MT19937 needs at least one seed word")
        let n = Self.stateSize
        fillKnuth(19_650_218)
        var i = 1, j = 0
        for _ in 0..<max(n, initKey.count) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_664_525)) &+ initKey[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n {
                key[0] = key[n - 1]
                i = 1
            }
            if j >= initKey.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n {
                key[0] = key[n - 1]
                i = 1
            }
        }
        key[0] = Self.upperBit  // guarantees a non-zero state
        position = n
    }

    private mutating func fillKnuth(_ seed: UInt32) {
        key[0] = seed
        for i in 1..<Self.stateSize {
            key[i] = 1_812_433_253 &* (key[i - 1] ^ (key[i - 1] >> 30)) &+ UInt32(i)
        }
        position = Self.stateSize
    }

    /// Regenerates all 624 words of state at once.
    private mutating func twist() {
        let n = Self.stateSize
        for i in 0..<n {
            let y = (key[i] & Self.upperBit) | (key[(i + 1) % n] & Self.lowerBits)
            let mixed = (y >> 1) ^ (y & 1 == 0 ? 0 : Self.twistMatrix)
            key[i] = key[(i + Self.shift) % n] ^ mixed
        }
        position = 0
    }

    /// The next 32 random bits.
    mutating func next32() -> UInt32 {
        if position == Self.stateSize { twist() }
        var y = key[position]
        position += 1
        // Tempering.
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// 64 random bits: the first draw is the high half.
    mutating func next64() -> UInt64 {
        let high = UInt64(next32())
        return high << 32 | UInt64(next32())
    }

    /// A double in [0, 1) with 53 random bits, from two draws (genrand_res53).
    mutating func nextDouble() -> Double {
        let a = Double(next32() >> 5), b = Double(next32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }
}
