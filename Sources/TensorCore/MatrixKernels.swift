/// One matrix operand of a product: a pointer and its strides in elements.
struct MatrixOperand<T> {
    let base: UnsafePointer<T>
    let rowStride: Int
    let columnStride: Int
}

/// C (n×m, contiguous, zero-filled) = A (n×k) · B (k×m). Each C element is accumulated in
/// k order starting from 0, the same order as numpy's non-BLAS loop, so integer and
/// fallback float results match numpy's `matmul_inner_noblas`. Columns are processed in
/// blocks so the touched rows of B stay in cache.
func portableMatmul<T: NumericScalar>(_ a: MatrixOperand<T>, _ b: MatrixOperand<T>, _ c: UnsafeMutablePointer<T>,
                                      n: Int, k: Int, m: Int) {
    let block = 256
    parallelRanges(n, work: n * k * m) { rows in
        for columnStart in stride(from: 0, to: m, by: block) {
            let columns = Swift.min(block, m - columnStart)
            for i in rows {
                let row = c + i * m + columnStart
                for p in 0..<k {
                    let scale = a.base[i * a.rowStride + p * a.columnStride]
                    let source = b.base + p * b.rowStride + columnStart * b.columnStride
                    if b.columnStride == 1 {
                        for j in 0..<columns { row[j] = T.add(row[j], T.multiply(scale, source[j])) }
                    } else {
                        for j in 0..<columns { row[j] = T.add(row[j], T.multiply(scale, source[j * b.columnStride])) }
                    }
                }
            }
        }
    }
}

/// The same product through BLAS, choosing the routine the way numpy's float matmul loop
/// does (dot for vector·vector, gemv for matrix·vector, syrk for A·Aᵀ, gemm otherwise), so
/// results agree with numpy on the same BLAS. Callers pass BLAS-compatible layouts (see
/// `blasCompatible`); anything else, and sizes beyond 32-bit BLAS, use the portable loop.
func blasMatmul<T: BLASScalar>(_ f: BLAS.Functions, _ a: MatrixOperand<T>, _ b: MatrixOperand<T>,
                               _ c: UnsafeMutablePointer<T>, n: Int, k: Int, m: Int) {
    let limit = Int(Int32.max)
    guard n > 0, k > 0, m > 0, n < limit, k < limit, m < limit else {
        return portableMatmul(a, b, c, n: n, k: k, m: m)
    }
    /// Row-major (`false`) or transposed (`true`) BLAS layout with its leading dimension.
    func layout(_ x: MatrixOperand<T>, rows: Int, columns: Int) -> (trans: Bool, ld: Int)? {
        if x.columnStride == 1 && x.rowStride >= columns && x.rowStride < limit { return (false, x.rowStride) }
        if x.rowStride == 1 && x.columnStride >= rows && x.columnStride < limit { return (true, x.columnStride) }
        return nil
    }
    let aLayout = layout(a, rows: n, columns: k), bLayout = layout(b, rows: k, columns: m)
    if n == 1 && m == 1 {
        guard a.columnStride > 0 && b.rowStride > 0 else { return portableMatmul(a, b, c, n: n, k: k, m: m) }
        c[0] = T.add(T.zero, T.dot(f, n: k, a.base, incx: a.columnStride, b.base, incy: b.rowStride))
    } else if k == 1 {
        portableMatmul(a, b, c, n: n, k: k, m: m)
    } else if n == 1, let bl = bLayout, a.columnStride > 0 {
        // x · B = (Bᵀ · x)
        T.gemv(f, trans: !bl.trans, rows: bl.trans ? m : k, cols: bl.trans ? k : m, b.base, lda: bl.ld,
               a.base, incx: a.columnStride, c, incy: 1)
    } else if m == 1, let al = aLayout, b.rowStride > 0 {
        T.gemv(f, trans: al.trans, rows: al.trans ? k : n, cols: al.trans ? n : k, a.base, lda: al.ld,
               b.base, incx: b.rowStride, c, incy: 1)
    } else if n == 1 || m == 1 {
        portableMatmul(a, b, c, n: n, k: k, m: m)
    } else if let al = aLayout, let bl = bLayout {
        if a.base == b.base && n == m && al.trans != bl.trans && al.ld == bl.ld {
            // A · Aᵀ: numpy computes the upper triangle with syrk and mirrors it.
            T.syrk(f, trans: al.trans, n: n, k: k, a.base, lda: al.ld, c, ldc: m)
            for i in 0..<n { for j in 0..<i { c[i * m + j] = c[j * m + i] } }
        } else {
            T.gemm(f, transA: al.trans, transB: bl.trans, m: n, n: m, k: k, a.base, lda: al.ld, b.base, ldb: bl.ld, c, ldc: m)
        }
    } else {
        portableMatmul(a, b, c, n: n, k: k, m: m)
    }
}
