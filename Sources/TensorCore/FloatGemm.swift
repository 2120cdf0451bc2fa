extension BLAS {
    /// C = op(A) · op(B) on raw float32 buffers, all row-major and densely packed: op(A) is
    /// m×k (A is stored k×m when `transposeA`), op(B) is k×n (stored n×k when `transposeB`)
    /// and C is m×n. Uses `cblas_sgemm` when BLAS is loaded and enabled, else a plain loop
    /// summing in k order. For engines outside TensorCore (autodiff) that keep their own
    /// buffers; this stays the one place that calls into OpenBLAS.
    public static func multiplyFloat32(_ a: UnsafePointer<Float>, transposeA: Bool,
                                       _ b: UnsafePointer<Float>, transposeB: Bool,
                                       into c: UnsafeMutablePointer<Float>, m: Int, n: Int, k: Int) {
        if m == 0 || n == 0 { return }
        if k == 0 {
            c.update(repeating: 0, count: m * n)
            return
        }
        let fitsBLAS = max(m, n, k) <= Int(Int32.max)
        if let functions, fitsBLAS {
            Float.gemm(functions, transA: transposeA, transB: transposeB, m: m, n: n, k: k,
                       a, lda: transposeA ? m : k, b, ldb: transposeB ? k : n, c, ldc: n)
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
                c[i * n + j] = total
            }
        }
    }
}
