/// A non-negative integer of any size, with only the operations exact float-to-decimal
/// conversion needs. Limbs are 32-bit, least significant first, with no leading zero limbs,
/// so zero is the empty array.
struct BigNatural: Comparable {
    private(set) var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        trim()
    }

    /// 2^exponent.
    static func powerOfTwo(_ exponent: Int) -> BigNatural {
        var result = BigNatural(1)
        result.shiftLeft(by: exponent)
        return result
    }

    /// 10^exponent.
    static func powerOfTen(_ exponent: Int) -> BigNatural {
        var result = BigNatural(1)
        result.multiplyByPowerOfTen(exponent)
        return result
    }

    var isZero: Bool { limbs.isEmpty }

    private mutating func trim() {
        while limbs.last == 0 { limbs.removeLast() }
    }

    mutating func shiftLeft(by bits: Int) {
        guard !isZero, bits > 0 else { return }
        let wholeLimbs = bits / 32, rest = UInt32(bits % 32)
        var shifted = [UInt32](repeating: 0, count: wholeLimbs)
        shifted.reserveCapacity(wholeLimbs + limbs.count + 1)
        if rest == 0 {
            shifted.append(contentsOf: limbs)
        } else {
            var carry: UInt32 = 0
            for limb in limbs {
                shifted.append((limb << rest) | carry)
                carry = limb >> (32 - rest)
            }
            shifted.append(carry)
        }
        limbs = shifted
        trim()
    }

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
        trim()
    }

    mutating func multiplyByPowerOfTen(_ exponent: Int) {
        var remaining = exponent
        // 10^9 is the largest power of ten that fits in one limb.
        while remaining >= 9 {
            multiply(by: 1_000_000_000)
            remaining -= 9
        }
        var factor: UInt32 = 1
        for _ in 0..<max(remaining, 0) { factor *= 10 }
        multiply(by: factor)
    }

    static func + (lhs: BigNatural, rhs: BigNatural) -> BigNatural {
        var sum = BigNatural(0)
        sum.limbs.reserveCapacity(max(lhs.limbs.count, rhs.limbs.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<max(lhs.limbs.count, rhs.limbs.count) {
            let a = i < lhs.limbs.count ? UInt64(lhs.limbs[i]) : 0
            let b = i < rhs.limbs.count ? UInt64(rhs.limbs[i]) : 0
            let total = a + b + carry
            sum.limbs.append(UInt32(truncatingIfNeeded: total))
            carry = total >> 32
        }
        if carry != 0 { sum.limbs.append(UInt32(carry)) }
        return sum
    }

    /// Subtracts a value that is not larger than `self`.
    mutating func subtract(_ other: BigNatural) {
        var borrow: Int64 = 0
        for i in limbs.indices {
            var difference = Int64(limbs[i]) - borrow - (i < other.limbs.count ? Int64(other.limbs[i]) : 0)
            borrow = 0
            if difference < 0 {
                difference += 1 << 32
                borrow = 1
            }
            limbs[i] = UInt32(difference)
        }
        trim()
    }

    /// Replaces `self` by `self mod divisor` and returns the quotient, which the caller
    /// guarantees is a single decimal digit (the value is below ten divisors).
    mutating func divideOutDigit(_ divisor: BigNatural) -> Int {
        var digit = 0
        while self >= divisor {
            subtract(divisor)
            digit += 1
        }
        return digit
    }

    static func < (lhs: BigNatural, rhs: BigNatural) -> Bool {
        if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count }
        for i in lhs.limbs.indices.reversed() where lhs.limbs[i] != rhs.limbs[i] {
            return lhs.limbs[i] < rhs.limbs[i]
        }
        return false
    }
}
