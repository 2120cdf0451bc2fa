import Foundation

/// Single-precision matrix products for the engine: `cblas_sgemm` from OpenBLAS when it can
/// be loaded, else a plain loop. (TensorCore's BLAS table is internal to that module; if it
/// becomes public this file should call it instead.)
enum Gemm {
    private typealias SGemm = @convention(c) (Int32, Int32, Int32, Int32, Int32, Int32, Float,
                                              UnsafePointer<Float>?, Int32, UnsafePointer<Float>?, Int32,
                                              Float, UnsafeMutablePointer<Float>?, Int32) -> Void

    private static let sgemm: SGemm? = {
        guard ProcessInfo.processInfo.environment["NLPNB_NO_BLAS"] != "1" else { return nil }
        for name in ["libopenblas.so.0", "libopenblas.so", "libblas.so.3"] {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            if let symbol = dlsym(handle, "cblas_sgemm") { return unsafeBitCast(symbol, to: SGemm.self) }
            dlclose(handle)
        }
        return nil
    }()

    /// C (m×n) = op(A) · op(B) + (accumulate ? C : 0), all row-major; op(A) is m×k, op(B) k×n.
    static func multiply(_ a: UnsafePointer<Float>, transposeA: Bool, _ b: UnsafePointer<Float>, transposeB: Bool,
                         _ c: UnsafeMutablePointer<Float>, m: Int, n: Int, k: Int, accumulate: Bool = false) {
        if m == 0 || n == 0 { return }
        if k == 0 {
            if !accumulate { c.update(repeating: 0, count: m * n) }
            return
        }
        if let sgemm {
            let lda = transposeA ? m : k, ldb = transposeB ? k : n
            sgemm(101, transposeA ? 112 : 111, transposeB ? 112 : 111, Int32(m), Int32(n), Int32(k),
                  1, a, Int32(lda), b, Int32(ldb), accumulate ? 1 : 0, c, Int32(n))
            return
        }
        for i in 0..<m {
            for j in 0..<n {
                var total: Float = 0
                for p in 0..<k {
                    let left = transposeA ? a[p * m + i] : a[i * k + p]
                    let right = transposeB ? b[j * k + p] : b[p * n + j]
                    total += left * right
                }
                c[i * n + j] = accumulate ? c[i * n + j] + total : total
            }
        }
    }
}
