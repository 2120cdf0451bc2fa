import Foundation

/// Where sampling and weight initialisation get their randomness. Injectable so that tests
/// are reproducible and a torch-compatible generator can be plugged in later.
public protocol RandomSource: AnyObject {
    /// A uniform double in [0, 1).
    func nextUniform() -> Double
}

extension RandomSource {
    /// A standard normal variate (Box–Muller on two uniforms).
    func nextNormal() -> Double {
        let u1 = 1 - nextUniform()  // in (0, 1], so the log is finite
        let u2 = nextUniform()
        return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
    }
}

/// SplitMix64: a small, fast, well-mixed 64-bit generator; the default `RandomSource`.
public final class SplitMixRandom: RandomSource {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public func nextUniform() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        // The top 53 bits as a fraction of 2^53.
        return Double(z >> 11) * 0x1p-53
    }
}
