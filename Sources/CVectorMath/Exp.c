// exp for float64 and float32. glibc's exp is scalar; numpy runs a SIMD exp. This one is
// at most about 0.51 ulp from the exact value (0.1% of results differ from glibc's by one
// ulp; TensorCoreTests/VectorExpTests measures it). float32 uses FloatInDouble.h.
#include <math.h>
#include "ExpReduction.h"
#include "FloatInDouble.h"

double nlpnb_exp2_table[2 * EXP_TABLE_SIZE];

__attribute__((constructor)) static void fillExp2Table(void) {
    for (int j = 0; j < EXP_TABLE_SIZE; j++) {
        long double exact = exp2l((long double)j / EXP_TABLE_SIZE);
        double hi = (double)exact;
        nlpnb_exp2_table[2 * j] = hi;
        nlpnb_exp2_table[2 * j + 1] = (double)(exact - hi);
    }
}

static const double fastLimit = 708;

/// exp of a lane beyond +-708 or NaN: results that overflow, are subnormal or underflow.
/// 2^k is applied in two steps so neither factor leaves the normal range (a subnormal
/// result may round twice: at most 1 ulp of the subnormal).
static double expOutside(double x) {
    if (x != x) return x;
    if (x > 709.8) return INFINITY;
    if (x < -746) return 0;
    ExpParts p = expParts(splat(x));
    double y = expMantissa(p)[0];
    int64_t k = ((int64_t)(p.m[0] << 13)) >> (13 + EXP_TABLE_BITS);   // m sign-extended from 51 bits, floor(m / 128)
    // k is 1021...1024 or -1077...-1021: scale by 2^(k -/+ 200), then by 2^(+/-200).
    int64_t step = k > 0 ? 200 : -200;
    double first, second;
    uint64_t firstBits = (uint64_t)(1023 + k - step) << 52, secondBits = (uint64_t)(1023 + step) << 52;
    memcpy(&first, &firstBits, sizeof first);
    memcpy(&second, &secondBits, sizeof second);
    return y * first * second;
}

INLINE f64x8 expLanes(f64x8 x) {
    f64x8 y = expNormal(x);
    i64x8 inside = (x >= -fastLimit) & (x <= fastLimit);
    if (__builtin_reduce_and(inside) == 0) {
        for (int lane = 0; lane < 8; lane++)
            if (!inside[lane]) y[lane] = expOutside(x[lane]);
    }
    return y;
}

/// float32 arguments beyond [-150, 100] give 0 or infinity once rounded to float, so they
/// are clamped there (2^k stays normal); NaN passes through.
INLINE f64x8 expLanesForFloat(f64x8 x) {
    f64x8 clamped = select64(x > 100, splat(100), select64(x < -150, splat(-150), x)), k;
    f64x8 expm1 = expm1Reduced(clamped, &k);
    return select64(x != x, x, (1 + expm1) * powerOfTwo(k));
}

MULTIVERSIONED void nlpnb_exp_f64(const double *src, double *dst, long count) {
    MAP_F64(expLanes, src, dst, count);
}

MULTIVERSIONED void nlpnb_exp_f32(const float *src, float *dst, long count) {
    MAP_F32(expLanesForFloat, src, dst, count);
}
