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
/// C need not be zero-filled: every routine here writes every element of it (a recycled
/// output buffer then skips the kernel's zero-filling of fresh pages).
func blasMatmul<T: BLASScalar>(_ f: BLAS.Functions, _ a: MatrixOperand<T>, _ b: MatrixOperand<T>,
                               _ c: UnsafeMutablePointer<T>, n: Int, k: Int, m: Int) {
    let limit = Int(Int32.max)
    /// The portable loop, which accumulates into C, so it starts from zeros.
    func portableMatmul(_ a: MatrixOperand<T>, _ b: MatrixOperand<T>, _ c: UnsafeMutablePointer<T>, n: Int, k: Int, m: Int) {
        c.update(repeating: T.zero, count: n * m)
        TensorCore.portableMatmul(a, b, c, n: n, k: k, m: m)
    }
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
            rowSplitGemm(f, a.base, al, b.base, bl, c, n: n, k: k, m: m)
        }
    } else {
        portableMatmul(a, b, c, n: n, k: k, m: m)
    }
}

/// C = op(A) · op(B) by `gemm`, large products cut into blocks of C's rows that both cores
/// take in turn (`parallelRanges`), each block a single-threaded BLAS call. Debian's
/// OpenBLAS (0.3.21) splits a product over its own threads, which wait for each other by
/// spinning in `sched_yield`: on a machine whose two cores are shared with other processes
/// that cost it a fifth of its time in the kernel and half of numpy's speed, where
/// libdispatch's threads sleep while they wait and the caller takes what the other core
/// has not. Every element of C is still summed by the same kernel over the same k blocks
/// as in one single-threaded call, so the bits do not depend on the split (OpenBLAS's own
/// threads can give other bits than one thread does).
func rowSplitGemm<T: BLASScalar>(_ f: BLAS.Functions, _ a: UnsafePointer<T>, _ al: (trans: Bool, ld: Int),
                                 _ b: UnsafePointer<T>, _ bl: (trans: Bool, ld: Int),
                                 _ c: UnsafeMutablePointer<T>, n: Int, k: Int, m: Int) {
    // Each block repacks all of B, which costs about 18/rows of its multiply time (a
    // tenth at 128 rows), so blocks keep at least 256 rows; four of them still let the
    // two threads even out when another process takes a core for a while. (Quiet machine,
    // GFLOP/s at 1024 and 2048, float32 and float64: 256-row blocks, at most 4, gave
    // 169-180, 187-202, 89-95 and 100-102; 128-row blocks, at most 8, gave 101-168,
    // 172-186, 83-92 and 90-94; numpy 188-196, 183-195, 96-102 and 93-99.)
    let blocks = Swift.min(4, n / 256)
    guard blocks >= 2 && k * m >= parallelThreshold else {
        return T.gemm(f, transA: al.trans, transB: bl.trans, m: n, n: m, k: k, a, lda: al.ld, b, ldb: bl.ld, c, ldc: m)
    }
    CoreSplitting.withSingleThreadedBLAS {
        parallelRanges(blocks, work: blocks * parallelThreshold) { range in
            // Blocks start on multiples of 96 rows, so that each is cut into the same tiles
            // as one call cuts them (OpenBLAS's packs of B and its micro-kernels take 6 to
            // 32 of C's rows at a time, and a partial one may sum in another order).
            func boundary(_ block: Int) -> Int { block == blocks ? n : n * block / blocks / 96 * 96 }
            let start = boundary(range.lowerBound), end = boundary(range.upperBound)
            // Row i of op(A) starts i rows down A, or i columns along it when A is transposed.
            let rowsOfA = a + (al.trans ? start : start * al.ld)
            T.gemm(f, transA: al.trans, transB: bl.trans, m: end - start, n: m, k: k, rowsOfA, lda: al.ld,
                   b, ldb: bl.ld, c + start * m, ldc: m)
        }
    }
}
