// Natural logarithm for float64 and float32, table-driven (Tang's method).
//
// x = 2^k * z with z in [0.75, 1.5); F is z rounded to a multiple of 1/128, so z - F is exact
// and r = (z - F)/F is small (|r| <= 1/192) and accurate to an ulp of itself. Then
// log(x) = k*ln2 + log(F) + log1p(r), with log(F) from a table in double-double (computed once
// from 80-bit logl) and log1p(r) as its Taylor series to r^7 (truncation error below 0.1 ulp).
// The large parts k*ln2Hi + log(F)hi are added exactly (their rounding error is carried), so the
// result is within about one ulp; near x = 1, F is exactly 1 and log1p(r) keeps the full
// relative accuracy. float32 uses FloatInDouble.h.
#include <math.h>
#include "FloatInDouble.h"

#define LOG_TABLE_FIRST 96   // F = i/128 for i in 96...192
#define LOG_TABLE_SIZE 97

/// For F = (96 + i)/128: 1/F, then log(F) as hi and lo parts.
static double logTable[3 * LOG_TABLE_SIZE];

__attribute__((constructor)) static void fillLogTable(void) {
    for (int i = 0; i < LOG_TABLE_SIZE; i++) {
        double f = (double)(LOG_TABLE_FIRST + i) / 128;
        long double exact = logl((long double)f);
        double hi = (double)exact;
        logTable[3 * i] = 1 / f;
        logTable[3 * i + 1] = hi;
        logTable[3 * i + 2] = (double)(exact - hi);
    }
}

/// Infinities, zeros, negative numbers and NaN: what C's log gives for them.
INLINE f64x8 logSpecialCases(f64x8 x, f64x8 y) {
    y = select64(x == 0, splat(-INFINITY), y);
    y = select64(x < 0, splat(NAN), y);
    y = select64(x == INFINITY, x, y);
    return select64(x != x, x, y);
}

INLINE f64x8 logLanes(f64x8 x) {
    const double ln2Hi = 6.93147180369123816490e-01;   // 21 trailing zero bits: k * ln2Hi is exact
    const double ln2Lo = 1.90821492927058770002e-10;
    const double shifter = 0x1.8p45;                     // adding it rounds to a multiple of 1/128
    // Subnormals are scaled into the normal range first.
    i64x8 subnormal = x < 0x1p-1022;
    f64x8 scaled = select64(subnormal, x * 0x1p52, x);
    u64x8 bits = (u64x8)scaled;
    i64x8 k = (i64x8)(bits - 0x3FE8000000000000ull) >> 52;   // 0x3FE8... is 0.75
    f64x8 z = (f64x8)(bits - ((u64x8)k << 52));
    k -= subnormal & 52;
    f64x8 rounded = z + shifter;
    f64x8 f = rounded - shifter;
    i64x8 index = ((i64x8)rounded & 0xFF) - LOG_TABLE_FIRST;
    f64x8 inverse, logHi, logLo;
    for (int lane = 0; lane < 8; lane++) {
        const double *entry = logTable + 3 * index[lane];
        inverse[lane] = entry[0];
        logHi[lane] = entry[1];
        logLo[lane] = entry[2];
    }
    f64x8 r = (z - f) * inverse;
    f64x8 kd = __builtin_convertvector(k, f64x8);
    f64x8 q = splat(-1.0 / 6) + r * (1.0 / 7);
    q = splat(1.0 / 5) + r * q;
    q = splat(-1.0 / 4) + r * q;
    q = splat(1.0 / 3) + r * q;
    q = splat(-0.5) + r * q;
    f64x8 tail = r * r * q;                              // log1p(r) - r
    f64x8 big = kd * ln2Hi;                              // |big| >= |logHi| unless k = 0
    f64x8 sum = big + logHi;
    f64x8 sumError = (big - sum) + logHi;
    f64x8 low = sumError + (kd * ln2Lo + logLo) + tail;
    return logSpecialCases(x, sum + (r + low));
}

/// For float32 arguments (all normal doubles): x = 2^k * z with z in [sqrt(1/2), sqrt(2)),
/// log(z) = 2*atanh(s) with s = (z - 1)/(z + 1), |s| < 0.172, as its series to s^15.
INLINE f64x8 logLanesForFloat(f64x8 x) {
    u64x8 bits = (u64x8)x;
    i64x8 k = (i64x8)(bits - 0x3FE6A09E667F3BCDull) >> 52;   // 0x3FE6A09E667F3BCD is sqrt(1/2)
    f64x8 z = (f64x8)(bits - ((u64x8)k << 52));
    f64x8 s = (z - 1) / (z + 1), s2 = s * s;
    f64x8 q = splat(1.0 / 15);
    for (int n = 13; n >= 3; n -= 2) q = q * s2 + 1.0 / n;
    f64x8 logZ = 2 * s + 2 * s * s2 * q;
    return logSpecialCases(x, __builtin_convertvector(k, f64x8) * 0.693147180559945309417232121458 + logZ);
}

MULTIVERSIONED void nlpnb_log_f64(const double *src, double *dst, long count) {
    MAP_F64(logLanes, src, dst, count);
}

MULTIVERSIONED void nlpnb_log_f32(const float *src, float *dst, long count) {
    MAP_F32(logLanesForFloat, src, dst, count);
}
