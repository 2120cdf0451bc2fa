// exp and erf written as straight-line float arithmetic (no libm call, no branch), so that
// the loops applying them to every score and every hidden unit (softmax, GELU) are
// vectorised by the compiler: libm's expf and erff take one value per call and were a
// tenth of BERT's forward pass. Accuracy: exp within 2 ulp, erf within 5e-7 absolute (the
// formula's 1.5e-7 and float rounding near 0), far inside the 1e-4 the models are checked to
// against transformers (PyTorch's own vectorised erf uses the same approximation).

/// eˣ: x = n·ln 2 + r with |r| ≤ ln 2 / 2, eʳ by Cephes' expf polynomial, and 2ⁿ put into
/// the exponent bits. Inputs are clamped to −87.3...88.3 (where eˣ is a normal float), so
/// far below −87 the result is about 2⁻¹²⁶, not 0: callers that need exact zeros (masked
/// keys) set them themselves.
@inline(__always) func vectorizableExp(_ x: Float) -> Float {
    let clamped = x < -87.3 ? -87.3 : (x > 88.3 ? 88.3 : x)
    // Adding 1.5 · 2²³ rounds to the nearest integer and leaves it in the low bits of the
    // sum's significand: n as a float and as an integer, with no conversion instruction.
    let shifted = clamped * 1.44269504088896341 + 12582912
    let n = shifted - 12582912
    // ln 2 in two parts, so that n · ln 2 is subtracted without rounding error.
    let r = clamped - n * 0.693359375 + n * 2.12194440e-4
    var p: Float = 1.9875691500e-4
    p = p * r + 1.3981999507e-3
    p = p * r + 8.3334519073e-3
    p = p * r + 4.1665795894e-2
    p = p * r + 1.6666665459e-1
    p = p * r + 5.0000001201e-1
    let exponent = Int32(bitPattern: shifted.bitPattern) &- 0x4B40_0000
    return (p * r * r + r + 1) * Float(bitPattern: UInt32(bitPattern: (exponent &+ 127) &<< 23))
}

/// erf(x) by Abramowitz and Stegun 7.1.26: 1 − (a₁t + a₂t² + a₃t³ + a₄t⁴ + a₅t⁵)·e^(−x²) with
/// t = 1 / (1 + p·|x|), the sign restored.
@inline(__always) func vectorizableErf(_ x: Float) -> Float {
    let magnitude = abs(x)
    let t = 1 / (1 + 0.3275911 * magnitude)
    var poly: Float = 1.061405429
    poly = poly * t - 1.453152027
    poly = poly * t + 1.421413741
    poly = poly * t - 0.284496736
    poly = poly * t + 0.254829592
    let positive = 1 - poly * t * vectorizableExp(-magnitude * magnitude)
    return x < 0 ? -positive : positive
}
