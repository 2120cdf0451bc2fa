// exp for float64, vectorised. glibc's `exp` is scalar and was nlpnb's bottleneck, while numpy
// runs a SIMD exp on CPUs with AVX-512. This one is written for baseline x86-64 (SSE2, two
// doubles per register, no FMA) with no table look-ups, so it gives the same bits on every
// CPU, and `Double.exp` uses it too, so a value does not depend on the layout of its array.
//
// Method: x = k*ln2 + r with k = round(x/ln2) and |r| <= ln2/2. ln2 is split in two: a high
// part with 21 trailing zero bits, so that k*ln2Hi and x - k*ln2Hi are exact, and a low part;
// the rounding error of r is carried along as rLo. exp(r) = 1 + r + r^2*q(r), q being the
// Taylor series of (exp(r) - 1 - r)/r^2 up to r^12 (truncation error below 0.002 ulp), with
// 1 + r summed exactly, so the only sizeable error is the final rounding (at most about
// 0.52 ulp; TensorCoreTests/VectorExpTests measures it against glibc). 2^k is built from
// the exponent bits. Arguments beyond |x| <= 708, whose 2^k is not a normal double, and
// NaN take a scalar path that scales in two steps (subnormal results may round twice:
// at most 1 ulp of the subnormal).

/// SIMD vectors of doubles the exp kernel runs on, with their same-width integer vectors.
protocol DoubleLanes: SIMD where Scalar == Double {
    associatedtype Bits: SIMD where Bits.Scalar == UInt64
}

extension SIMD2: DoubleLanes where Scalar == Double { typealias Bits = SIMD2<UInt64> }
extension SIMD8: DoubleLanes where Scalar == Double { typealias Bits = SIMD8<UInt64> }

private let ln2Hi = 6.93147180369123816490e-01   // 0x3FE62E42FEE00000
private let ln2Lo = 1.90821492927058770002e-10   // ln2 - ln2Hi
private let invLn2 = 1.44269504088896338700e+00
/// 1.5 * 2^52: adding it rounds to an integer (to nearest even) held in the low mantissa bits.
private let roundingShifter = 6755399441055744.0
/// Below this magnitude 2^k and the result are normal doubles.
private let fastLimit = 708.0

/// exp(r) and k for x = k*ln2 + r; `shifted` holds k in its low bits.
@inline(__always)
private func reducedExp<V: DoubleLanes>(_ x: V) -> (p: V, shifted: V) {
    let shifted = x * invLn2 + roundingShifter
    let k = shifted - roundingShifter
    let a = x - k * ln2Hi
    let b = k * ln2Lo
    let r = a - b
    let rLo = (a - r) - b
    var q = V(repeating: 1.0 / 87178291200)
    q = q * r + 1.0 / 6227020800
    q = q * r + 1.0 / 479001600
    q = q * r + 1.0 / 39916800
    q = q * r + 1.0 / 3628800
    q = q * r + 1.0 / 362880
    q = q * r + 1.0 / 40320
    q = q * r + 1.0 / 5040
    q = q * r + 1.0 / 720
    q = q * r + 1.0 / 120
    q = q * r + 1.0 / 24
    q = q * r + 1.0 / 6
    q = q * r + 0.5
    let hi = 1 + r
    let lo = (1 - hi) + r
    return (hi + (lo + (rLo + r * r * q)), shifted)
}

/// exp of lanes whose magnitudes are all at most `fastLimit`.
@inline(__always)
private func expNormal<V: DoubleLanes>(_ x: V) -> V {
    let (p, shifted) = reducedExp(x)
    let k = unsafeBitCast(shifted, to: V.Bits.self)
    return p * unsafeBitCast((k &+ 1023) &<< 52, to: V.self)
}

/// exp(x) for every double, NaN and infinities included.
@inline(__always)
func vectorExp(_ x: Double) -> Double {
    if Swift.abs(x) <= fastLimit { return expNormal(SIMD2(repeating: x))[0] }
    if x.isNaN { return x }
    if x > 709.8 { return .infinity }
    if x < -746 { return 0 }
    let (p, shifted) = reducedExp(SIMD2(repeating: x))
    let k = Int(shifted[0] - roundingShifter)
    // k is 1021...1024 or -1077...-1021: scale by 2^(k -/+ 200), then by 2^(+/-200).
    let step = k > 0 ? 200 : -200
    return p[0] * Double(sign: .plus, exponent: k - step, significand: 1) * Double(sign: .plus, exponent: step, significand: 1)
}

/// `dst[i] = exp(src[i])` for `count` contiguous doubles, eight at a time.
func vectorExp(_ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, count: Int) {
    var i = 0
    while i + 8 <= count {
        let x = UnsafeRawPointer(src + i).loadUnaligned(as: SIMD8<Double>.self)
        if all((x .>= -fastLimit) .& (x .<= fastLimit)) {
            UnsafeMutableRawPointer(dst + i).storeBytes(of: expNormal(x), as: SIMD8<Double>.self)
        } else {
            for j in 0..<8 { dst[i + j] = vectorExp(x[j]) }
        }
        i += 8
    }
    while i < count {
        dst[i] = vectorExp(src[i])
        i += 1
    }
}
