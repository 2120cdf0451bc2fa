extension BLAS {
    /// C = op(A) · op(B) on raw float32 buffers, all row-major: op(A) is m×k (A is stored
    /// k×m when `transposeA`), op(B) is k×n (stored n×k when `transposeB`) and C is m×n.
    /// Matrices are densely packed unless a leading dimension (`lda`, `ldb`, `ldc`: elements
    /// from one stored row to the next) says otherwise, so a block of a larger matrix (one
    /// attention head's columns, a band of a product's columns) is used in place.
    /// With `accumulating`, the product is added to what C holds (a bias written there
    /// first) instead of replacing it. Uses `cblas_sgemm` when BLAS is loaded and enabled,
    /// else a plain loop summing in k order. For engines outside TensorCore (autodiff,
    /// Pretrained) that keep their own buffers; this stays the one place that calls into OpenBLAS.
    public static func multiplyFloat32(_ a: UnsafePointer<Float>, transposeA: Bool,
                                       _ b: UnsafePointer<Float>, transposeB: Bool,
                                       into c: UnsafeMutablePointer<Float>, m: Int, n: Int, k: Int,
                                       lda: Int? = nil, ldb: Int? = nil, ldc: Int? = nil, accumulating: Bool = false) {
        if m == 0 || n == 0 { return }
        let lda = lda ?? (transposeA ? m : k), ldb = ldb ?? (transposeB ? k : n), ldc = ldc ?? n
        if k == 0 {
            if !accumulating { for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) } }
            return
        }
        let fitsBLAS = max(m, n, k, lda, ldb, ldc) <= Int(Int32.max)
        if let functions, fitsBLAS {
            Float.gemm(functions, transA: transposeA, transB: transposeB, m: m, n: n, k: k,
                       a, lda: lda, b, ldb: ldb, c, ldc: ldc, accumulating: accumulating)
            return
        }
        for i in 0..<m {
            for j in 0..<n {
                var total: Float = 0
                for p in 0..<k {
                    let left = transposeA ? a[p * lda + i] : a[i * lda + p]
                    let right = transposeB ? b[j * ldb + p] : b[p * ldb + j]
                    total += left * right
                }
                c[i * ldc + j] = accumulating ? c[i * ldc + j] + total : total
            }
        }
    }
}
