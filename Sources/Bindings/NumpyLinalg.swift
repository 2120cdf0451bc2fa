import Script
import TensorCore

/// Arguments of `np.linalg` functions.
enum NumpyLinalg {
    /// `ord=` of `np.linalg.norm`: None, a number, `np.inf`/`-np.inf`, or `'fro'`.
    static func order(_ v: Value?, _ interp: Interpreter) throws -> Tensor.NormOrder {
        guard let v, !v.isNone else { return .standard }
        if case .str(let s) = v {
            guard s == "fro" else { throw PyException(.valueError, "Invalid norm order '\(s)' for vectors") }
            return .frobenius
        }
        let p = try interp.toDouble(v)
        if p == .infinity { return .infinity }
        if p == -.infinity { return .negativeInfinity }
        return .p(p)
    }
}
