// C = A·B for an A of few rows (the batch rows of one LSTM step, about 16 per core) and a B
// that fits in the caller's cache (the recurrent kernel). OpenBLAS repacks all of B on every
// call, and for these shapes that copying takes longer than the arithmetic: about a third
// of its peak. Here B is read in place, row p of B feeding a tile of C's rows at once.
//
// Every element of C is the sum over p of a[r][p]·b[p][j] in order of p, each step one fused
// multiply-add, whatever the tile shape or instruction set, so every CPU gives the same bits.
#include "Lanes.h"
#include "CVectorMath.h"

/// C[0..<rows][0..<16·vectors] for `rows` ≤ 8 and `vectors` ≤ 2, both constants once inlined,
/// so the accumulators live in registers; `resume`: C holds the sum over the earlier p.
INLINE void tile(const float *a, long lda, const float *b, long ldb, float *c, long ldc, long k,
                 const long rows, const long vectors, int resume) {
    f32x16 sum[8][2] = {{0}};
    if (resume)
        for (long r = 0; r < rows; r++)
            for (long v = 0; v < vectors; v++) memcpy(&sum[r][v], c + r * ldc + 16 * v, sizeof sum[r][v]);
    for (long p = 0; p < k; p++) {
        f32x16 row[2];
        for (long v = 0; v < vectors; v++) memcpy(&row[v], b + p * ldb + 16 * v, sizeof row[v]);
        for (long r = 0; r < rows; r++) {
            f32x16 factor = a[r * lda + p];
            for (long v = 0; v < vectors; v++) sum[r][v] = __builtin_elementwise_fma(factor, row[v], sum[r][v]);
        }
    }
    for (long r = 0; r < rows; r++)
        for (long v = 0; v < vectors; v++) memcpy(c + r * ldc + 16 * v, &sum[r][v], sizeof sum[r][v]);
}

/// All rows of the 16·vectors columns at `j`, in tiles of at most `tallest` rows. The sum
/// runs over p in chunks whose slice of B (chunk × 16·vectors) stays in the L1 cache while
/// every row tile reads it.
INLINE void columnBlock(const float *a, long lda, const float *b, long ldb, float *c, long ldc,
                        long m, long k, const long vectors, const long tallest) {
    const long chunk = 128;
    for (long p = 0; p < k || p == 0; p += chunk) {
        long depth = k - p < chunk ? k - p : chunk;
        const float *ap = a + p, *bp = b + p * ldb;
        long r = 0;
        if (tallest >= 8)
            for (; r + 8 <= m; r += 8) tile(ap + r * lda, lda, bp, ldb, c + r * ldc, ldc, depth, 8, vectors, p > 0);
        for (; r + 4 <= m; r += 4) tile(ap + r * lda, lda, bp, ldb, c + r * ldc, ldc, depth, 4, vectors, p > 0);
        for (; r < m; r++) tile(ap + r * lda, lda, bp, ldb, c + r * ldc, ldc, depth, 1, vectors, p > 0);
    }
}

/// The whole product with tiles of at most `tallest` rows and `widest` vectors: AVX-512 has
/// the 32 registers for 8 × 2 accumulators, the other instruction sets fewer.
INLINE void product(const float *a, long lda, const float *b, long ldb, float *c, long ldc, long m, long n, long k,
                    const long tallest, const long widest) {
    long j = 0;
    if (widest >= 2)
        for (; j + 32 <= n; j += 32) columnBlock(a, lda, b + j, ldb, c + j, ldc, m, k, 2, tallest);
    for (; j + 16 <= n; j += 16) columnBlock(a, lda, b + j, ldb, c + j, ldc, m, k, 1, tallest);
    // The last columns (fewer than 16), one element at a time.
    for (; j < n; j++)
        for (long r = 0; r < m; r++) {
            float sum = 0;
            for (long p = 0; p < k; p++) sum = __builtin_elementwise_fma(a[r * lda + p], b[p * ldb + j], sum);
            c[r * ldc + j] = sum;
        }
}

MULTIVERSIONED void nlpnb_short_product_f32(const float *a, long lda, const float *b, long ldb, float *c, long ldc,
                                            long m, long n, long k) {
    if (__builtin_cpu_supports("avx512f")) product(a, lda, b, ldb, c, ldc, m, n, k, 8, 2);
    else product(a, lda, b, ldb, c, ldc, m, n, k, 4, 1);
}
