// Hyperbolic tangent for float64 and float32, from exp's reduction (ExpReduction.h).
//
// tanh(a) = e/(e + 2) = 1 - 2/(e + 2) with e = expm1(2a), for a = |x| clamped to 20 (beyond which tanh
// rounds to 1). expm1 is 2^k * (hi + lo + hi*expm1(r)) - 1 with the 1 taken off the exact
// part 2^k * hi first, so small arguments keep their relative accuracy (for |2a| below
// ln2/256, e is the polynomial itself, and a tiny a gives back a exactly); the parts that
// cancel are added exactly and the division is corrected, so the result is within about
// half an ulp; the sign is x's. float32 uses FloatInDouble.h.
#include "ExpReduction.h"
#include "FloatInDouble.h"

/// hi and lo with hi + lo = a * b exactly. The error of a rounded product is unique, so a
/// fused multiply-add gives the same lo in every version (without FMA hardware, the
/// baseline version computes it in software).
INLINE void exactProduct(f64x8 a, f64x8 b, f64x8 *hi, f64x8 *lo) {
    *hi = a * b;
    *lo = __builtin_elementwise_fma(a, b, -*hi);
}

INLINE f64x8 tanhLanes(f64x8 x) {
    u64x8 signBit = (u64x8)x & 0x8000000000000000ull;
    f64x8 a = (f64x8)((u64x8)x ^ signBit);
    a = select64(a > 20, splat(20), a);
    ExpParts p = expParts(a + a);
    f64x8 scale = (f64x8)(((p.m >> EXP_TABLE_BITS) + 1023) << 52);   // 2^k, k in 0...57
    f64x8 hi = scale * p.hi, lo = scale * p.lo;
    // expm1(2a) = (hi - 1) + hi*r + (lo + hi*(expm1(r) - r)): the first two terms dominate
    // and may cancel, so hi - 1 (exact) and hi*r (exact as a pair) are added with their
    // errors kept, and e = expm1(2a) is carried as a pair e + eLow. Near 0, e is about r
    // itself, which needs the series one term longer than exp does.
    f64x8 one = hi - 1, product, productError;
    exactProduct(hi, p.r, &product, &productError);
    f64x8 head = one + product;                          // |one| >= |product| unless one = 0
    f64x8 rest = ((one - head) + product) + productError + (lo + hi * expm1BeyondR(p.r, 6));
    f64x8 e = head + rest;
    f64x8 eLow = rest - (e - head);
    // tanh = e / (e + 2) = 1 - 2 / (e + 2); the second form from tanh = 1/2 up, where the
    // quotient is small and its error shrinks with it. One division gives the reciprocal of
    // the denominator; the quotient from it is corrected by its remainder (exact by a fused
    // multiply-add) and by the low parts of numerator and denominator (e + 2 = denominator +
    // denominatorLow exactly).
    i64x8 large = a > 0.55;
    f64x8 denominator = e + 2;
    f64x8 denominatorLow = select64(e > 2, (e - denominator) + 2, (2 - denominator) + e) + eLow;
    f64x8 numerator = select64(large, splat(2), e), numeratorLow = select64(large, splat(0), eLow);
    f64x8 reciprocal = 1 / denominator;
    f64x8 quotient = numerator * reciprocal, back, backError;
    exactProduct(quotient, denominator, &back, &backError);
    f64x8 remainder = ((numerator - back) - backError) + numeratorLow - quotient * denominatorLow;
    f64x8 corrected = quotient + remainder * reciprocal;
    f64x8 t = select64(large, 1 - corrected, corrected);
    return select64(x != x, x, (f64x8)((u64x8)t | signBit));
}

/// For float32 arguments: e = expm1(2a) = 2^k * expm1(r) + (2^k - 1), then the same two
/// forms of the quotient, with no corrections (a is clamped to 10, where tanh rounds to 1).
INLINE f64x8 tanhLanesForFloat(f64x8 x) {
    u64x8 signBit = (u64x8)x & 0x8000000000000000ull;
    f64x8 a = (f64x8)((u64x8)x ^ signBit), k;
    a = select64(a > 10, splat(10), a);
    f64x8 expm1 = expm1Reduced(a + a, &k);
    f64x8 scale = powerOfTwo(k);
    f64x8 e = scale * expm1 + (scale - 1);
    f64x8 reciprocal = 1 / (e + 2);
    f64x8 t = select64(a > 0.55, 1 - 2 * reciprocal, e * reciprocal);
    return select64(x != x, x, (f64x8)((u64x8)t | signBit));
}

MULTIVERSIONED void nlpnb_tanh_f64(const double *src, double *dst, long count) {
    MAP_F64(tanhLanes, src, dst, count);
}

MULTIVERSIONED void nlpnb_tanh_f32(const float *src, float *dst, long count) {
    MAP_F32(tanhLanesForFloat, src, dst, count);
}
