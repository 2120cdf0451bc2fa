import Foundation
import TensorCore

/// Random draws for weight initialisers and dropout. Seeded so that a fresh process builds
/// the same weights; `seed(_:)` (Keras's `keras.utils.set_random_seed`) restarts it.
public enum Randomness {
    nonisolated(unsafe) public static var generator = RandomState(seed: 1337)

    public static func seed(_ value: UInt32) { generator = RandomState(seed: value) }
}

/// Keras's weight initialisers, by their string names.
public enum Initializer: Equatable {
    case zeros, ones
    case constant(Float)
    /// Uniform in ±√(6 / (fan_in + fan_out)).
    case glorotUniform
    /// Keras's `"uniform"`: RandomUniform(minval=-0.05, maxval=0.05).
    case uniform(low: Float, high: Float)
    /// A (semi-)orthogonal matrix from the QR decomposition of a normal one.
    case orthogonal(gain: Float)

    /// The initialiser a Keras string names (`"glorot_uniform"`, `"zeros"`, ...).
    public init(name: String) throws {
        switch name {
        case "zeros", "Zeros": self = .zeros
        case "ones", "Ones": self = .ones
        case "glorot_uniform", "GlorotUniform": self = .glorotUniform
        case "uniform", "random_uniform", "RandomUniform": self = .uniform(low: -0.05, high: 0.05)
        case "orthogonal", "Orthogonal": self = .orthogonal(gain: 1)
        default: throw TensorError(.valueError, "Could not interpret initializer identifier: \(name)")
        }
    }

    /// A fresh array of `shape`, drawing from `Randomness.generator`.
    public func make(_ shape: [Int]) throws -> FloatTensor {
        let count = shape.reduce(1, *)
        switch self {
        case .zeros: return .zeros(shape)
        case .ones: return FloatTensor(repeating: 1, shape: shape)
        case .constant(let c): return FloatTensor(repeating: c, shape: shape)
        case .uniform(let low, let high):
            let draws = try Randomness.generator.uniform(low: Double(low), high: Double(high), count: count)
            return FloatTensor(shape: shape, data: draws.map { Float($0) })
        case .glorotUniform:
            let (fanIn, fanOut) = fans(shape)
            let limit = (6 / Swift.max(1, fanIn + fanOut)).squareRoot()
            let draws = try Randomness.generator.uniform(low: -limit, high: limit, count: count)
            return FloatTensor(shape: shape, data: draws.map { Float($0) })
        case .orthogonal(let gain):
            return FloatTensor(shape: shape, data: try orthogonalValues(shape).map { Float($0) * gain })
        }
    }

    /// Keras's `compute_fans`: (in, out) for matrices; for higher ranks the leading axes form
    /// a receptive field that multiplies both.
    func fans(_ shape: [Int]) -> (Double, Double) {
        switch shape.count {
        case 0: return (1, 1)
        case 1: return (Double(shape[0]), Double(shape[0]))
        case 2: return (Double(shape[0]), Double(shape[1]))
        default:
            let field = Double(shape.dropLast(2).reduce(1, *))
            return (Double(shape[shape.count - 2]) * field, Double(shape[shape.count - 1]) * field)
        }
    }

    /// Values of an orthogonal matrix of `shape` flattened to (rows, cols): Gram–Schmidt on
    /// the columns of a tall normal matrix gives Q with a positive-diagonal R, which is what
    /// Keras gets after multiplying its QR's Q by sign(diag(R)).
    private func orthogonalValues(_ shape: [Int]) throws -> [Double] {
        guard let cols = shape.last, shape.count >= 2 else { return try Initializer.glorotUniform.make(shape).data.map { Double($0) } }
        let rows = shape.dropLast().reduce(1, *)
        let (tall, narrow) = (Swift.max(rows, cols), Swift.min(rows, cols))
        // Column j of the tall × narrow normal matrix is stored contiguously at j·tall.
        let normal = try Randomness.generator.standardNormal(tall * narrow)
        var q = [Double](repeating: 0, count: tall * narrow)
        for i in 0..<tall {
            for j in 0..<narrow { q[j * tall + i] = normal[i * narrow + j] }
        }
        q.withUnsafeMutableBufferPointer { q in
            guard let base = q.baseAddress else { return }
            for j in 0..<narrow {
                let column = base + j * tall
                for previous in 0..<j {
                    let other = base + previous * tall
                    var dot = 0.0
                    for i in 0..<tall { dot += column[i] * other[i] }
                    for i in 0..<tall { column[i] -= dot * other[i] }
                }
                var norm = 0.0
                for i in 0..<tall { norm += column[i] * column[i] }
                let scale = 1 / Swift.max(norm.squareRoot(), 1e-12)
                for i in 0..<tall { column[i] *= scale }
            }
        }
        // Q is tall × narrow; Keras transposes it when the weight has fewer rows than columns.
        var out = [Double](repeating: 0, count: rows * cols)
        for r in 0..<rows {
            for c in 0..<cols { out[r * cols + c] = rows >= cols ? q[c * tall + r] : q[r * tall + c] }
        }
        return out
    }
}
