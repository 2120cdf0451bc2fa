import Foundation

// exp for float64, vectorised. glibc's `exp` is scalar and was nlpnb's bottleneck, while numpy
// runs a SIMD exp on CPUs with AVX-512. This one is written for baseline x86-64 (SSE2, two
// doubles per register, no FMA) with no table look-ups, so it gives the same bits on every
// CPU, and `Double.exp` uses it too, so a value does not depend on the layout of its array.
//
// Method (Tang's table-driven exp): x = (128k + j)*ln2/128 + r with m = 128k + j =
// round(128x/ln2) and |r| <= ln2/256, so exp(x) = 2^k * 2^(j/128) * exp(r). ln2/128 is split
// in two: a high part whose product with m is exact and a low part, which leaves r's rounding
// error far below an ulp of the result. exp(r) - 1 is its Taylor series to r^5 (truncation
// error below 0.005 ulp); 2^(j/128) comes from a 128-entry table of double-double values
// (computed once in 80-bit precision), so the only sizeable error is the final rounding: at
// most about 0.51 ulp, 0.1% of results differ from glibc's by one ulp (TensorCoreTests/
// VectorExpTests measures it). 2^k is added to the exponent bits. Arguments beyond
// |x| <= 708, whose results may not be normal doubles, and NaN take a scalar path that
// scales in two steps (a subnormal result may round twice: at most 1 ulp of the subnormal).
// Two lanes per SSE2 instruction do the work of glibc's scalar exp in less than half its time.

/// SIMD vectors of doubles the exp kernel runs on, with their same-width integer vectors.
protocol DoubleLanes: SIMD where Scalar == Double {
    associatedtype Bits: SIMD where Bits.Scalar == UInt64
}

extension SIMD2: DoubleLanes where Scalar == Double { typealias Bits = SIMD2<UInt64> }
extension SIMD8: DoubleLanes where Scalar == Double { typealias Bits = SIMD8<UInt64> }

private let ln2Hi = 6.93147180369123816490e-01   // 0x3FE62E42FEE00000: 21 trailing zero bits
private let ln2Lo = 1.90821492927058770002e-10   // ln2 - ln2Hi
/// 1.5 * 2^52: adding it rounds to an integer (to nearest even) held in the low mantissa bits.
private let roundingShifter = 6755399441055744.0
/// Below this magnitude 2^k and the result are normal doubles.
private let fastLimit = 708.0
private let tableBits = 7
private let tableSize = 1 << tableBits

/// 2^(j/128) for j in 0..<128 as (hi, lo) pairs: hi rounded to double, lo the rest, from
/// 80-bit exp2 (64-bit significand), so the pair is good to about 2^-64.
private let twoToTheJOver128: UnsafePointer<Double> = {
    let table = UnsafeMutablePointer<Double>.allocate(capacity: 2 * tableSize)
    for j in 0..<tableSize {
        let exact = Foundation.exp2(Float80(j) / Float80(tableSize))
        let hi = Double(exact)
        table[2 * j] = hi
        table[2 * j + 1] = Double(exact - Float80(hi))
    }
    return UnsafePointer(table)
}()

/// 2^(j/128) * exp(r) for x = (128k + j)*ln2/128 + r (within about 0.3% of [1, 2)), and the
/// bits of a double whose low bits hold m = 128k + j in two's complement.
@inline(__always)
private func reducedExp<V: DoubleLanes>(_ x: V, _ table: UnsafePointer<Double>) -> (y: V, m: V.Bits) {
    let shifted = x * (Double(tableSize) / 0.693147180559945309417232121458) + roundingShifter
    let m = shifted - roundingShifter
    let r = (x - m * (ln2Hi / Double(tableSize))) - m * (ln2Lo / Double(tableSize))
    var q = V(repeating: 1.0 / 120)
    q = q * r + 1.0 / 24
    q = q * r + 1.0 / 6
    q = q * r + 0.5
    let expm1 = r + r * r * q
    let bits = unsafeBitCast(shifted, to: V.Bits.self)
    var hi = V(), lo = V()
    for lane in 0..<V.scalarCount {
        let j = Int(truncatingIfNeeded: bits[lane]) & (tableSize - 1)
        hi[lane] = table[2 * j]
        lo[lane] = table[2 * j + 1]
    }
    return (hi + (lo + hi * expm1), bits)
}

/// exp of lanes whose magnitudes are all at most `fastLimit`: k is added to the exponent.
@inline(__always)
private func expNormal<V: DoubleLanes>(_ x: V, _ table: UnsafePointer<Double>) -> V {
    let (y, m) = reducedExp(x, table)
    let k = (m &>> UInt64(tableBits)) &<< 52
    return unsafeBitCast(unsafeBitCast(y, to: V.Bits.self) &+ k, to: V.self)
}

/// exp(x) for every double, NaN and infinities included.
@inline(__always)
func vectorExp(_ x: Double) -> Double {
    if Swift.abs(x) <= fastLimit { return expNormal(SIMD2(repeating: x), twoToTheJOver128)[0] }
    if x.isNaN { return x }
    if x > 709.8 { return .infinity }
    if x < -746 { return 0 }
    let (y, m) = reducedExp(SIMD2(repeating: x), twoToTheJOver128)
    let k = Int(Int64(bitPattern: m[0] &<< 13)) >> (13 + tableBits)   // m sign-extended from 51 bits, floor(m / 128)
    // k is 1021...1024 or -1077...-1021: scale by 2^(k -/+ 200), then by 2^(+/-200).
    let step = k > 0 ? 200 : -200
    return y[0] * Double(sign: .plus, exponent: k - step, significand: 1) * Double(sign: .plus, exponent: step, significand: 1)
}

/// `dst[i] = exp(src[i])` for `count` contiguous doubles, eight at a time.
func vectorExp(_ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, count: Int) {
    let table = twoToTheJOver128
    var i = 0
    while i + 8 <= count {
        let x = UnsafeRawPointer(src + i).loadUnaligned(as: SIMD8<Double>.self)
        if all((x .>= -fastLimit) .& (x .<= fastLimit)) {
            UnsafeMutableRawPointer(dst + i).storeBytes(of: expNormal(x, table), as: SIMD8<Double>.self)
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
