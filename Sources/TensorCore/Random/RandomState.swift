import Foundation

/// numpy's legacy `np.random.RandomState`: an MT19937 generator plus the cached second
/// normal deviate of the polar method. Every method draws exactly what numpy draws, so
/// the same seed gives the same numbers as numpy, call after call.
public final class RandomState {
    private var generator: MersenneTwister
    /// The polar method makes normals in pairs; the second waits here for the next call.
    private var cachedGaussian: Double?

    /// The generator behind the `np.random.*` module functions.
    public static let global = RandomState(seed: defaultSeed())

    /// `RandomState(42)`: an integer seed goes through numpy's `mt19937_seed`.
    public init(seed: UInt32) {
        generator = MersenneTwister(seed: seed)
    }

    /// `RandomState([1, 2, 3])`: a sequence seed goes through `init_by_array`.
    public init(seedArray: [UInt32]) throws {
        generator = MersenneTwister(seed: 0)
        try seed(array: seedArray)
    }

    /// `seed(42)`; also forgets a cached normal deviate.
    public func seed(_ value: UInt32) {
        generator = MersenneTwister(seed: value)
        cachedGaussian = nil
    }

    /// `seed([1, 2, 3])`; also forgets a cached normal deviate.
    public func seed(array: [UInt32]) throws {
        guard !array.isEmpty else { throw TensorError(.valueError, "Seed must be non-empty") }
        generator = MersenneTwister(seedArray: array)
        cachedGaussian = nil
    }

    /// `seed(n)` for a Python integer, with numpy's range check. The state is untouched
    /// when the seed is rejected.
    public func seed(checking value: Int) throws {
        seed(try Self.seedWord(value))
    }

    /// `seed([a, b, ...])` for Python integers, with numpy's checks.
    public func seed(checkingArray values: [Int]) throws {
        try seed(array: values.map(Self.seedWord))
    }

    private static func seedWord(_ value: Int) throws -> UInt32 {
        guard let word = UInt32(exactly: value) else {
            throw TensorError(.valueError, "Seed must be between 0 and 2**32 - 1")
        }
        return word
    }

    /// `rand(n)`, `random_sample(n)`, `random(n)`: uniform doubles in [0, 1).
    public func randomSample(_ count: Int) throws -> [Double] {
        try checkCount(count)
        return (0..<count).map { _ in generator.nextDouble() }
    }

    /// `randn(n)`, `standard_normal(n)`.
    public func standardNormal(_ count: Int) throws -> [Double] {
        try checkCount(count)
        return (0..<count).map { _ in gaussian() }
    }

    /// `uniform(low, high, n)`: low + (high - low) * U.
    public func uniform(low: Double, high: Double, count: Int) throws -> [Double] {
        let range = high - low
        guard range.isFinite else { throw TensorError(.overflowError, "Range exceeds valid bounds") }
        try checkCount(count)
        return (0..<count).map { _ in low + range * generator.nextDouble() }
    }

    /// `normal(loc, scale, n)`: loc + scale * N(0, 1).
    public func normal(loc: Double, scale: Double, count: Int) throws -> [Double] {
        // A NaN scale passes numpy's check too.
        guard !(scale < 0) else { throw TensorError(.valueError, "scale < 0") }
        try checkCount(count)
        return (0..<count).map { _ in loc + scale * gaussian() }
    }

    /// numpy's `legacy_gauss`: the polar (Marsaglia) form of Box-Muller. It returns f*x2
    /// and keeps f*x1 for the next call.
    private func gaussian() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2 * generator.nextDouble() - 1
            x2 = 2 * generator.nextDouble() - 1
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1 || r2 == 0
        let f = sqrt(-2 * log(r2) / r2)
        cachedGaussian = f * x1
        return f * x2
    }

    // MARK: - Raw draws for the integer methods

    func next32() -> UInt32 { generator.next32() }
    func next64() -> UInt64 { generator.next64() }

    func checkCount(_ count: Int) throws {
        guard count >= 0 else { throw TensorError(.valueError, "negative dimensions are not allowed") }
    }

    /// A fresh process seeds the global generator from the OS, as numpy does.
    private static func defaultSeed() -> UInt32 {
        var system = SystemRandomNumberGenerator()
        return UInt32.random(in: .min ... .max, using: &system)
    }
}
