import Script
import TensorCore

/// Arguments of `np.linalg` functions.
enum NumpyLinalg {
    /// `ord=` of `np.linalg.norm` over `axisCount` axes: None, a number, `np.inf`/`-np.inf`,
    /// `'fro'` or `'nuc'`. Other names get numpy's error, which depends on the axis count.
    static func order(_ v: Value?, axisCount: Int, _ interp: Interpreter) throws -> Tensor.NormOrder {
        guard let v, !v.isNone else { return .standard }
        if case .str(let s) = v {
            if s == "fro" { return .frobenius }
            if s == "nuc" { return .nuclear }
            switch axisCount {
            case 1: throw PyException(.valueError, "Invalid norm order '\(s)' for vectors")
            case 2: throw PyException(.valueError, "Invalid norm order for matrices.")
            default: throw PyException(.valueError, "Improper number of dimensions to norm.")
            }
        }
        let p = try interp.toDouble(v)
        if p == .infinity { return .infinity }
        if p == -.infinity { return .negativeInfinity }
        return .p(p)
    }
}
