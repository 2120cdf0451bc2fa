// The argument reduction and polynomial of exp, shared by exp and tanh.
//
// Tang's table-driven method: x = (128k + j)*ln2/128 + r with m = 128k + j = round(128x/ln2)
// and |r| <= ln2/256, so exp(x) = 2^k * 2^(j/128) * exp(r). ln2/128 is split in two: a high
// part whose product with m is exact and a low part, which leaves r's rounding error far
// below an ulp of the result. exp(r) - 1 is its Taylor series to r^5 (truncation error below
// 0.005 ulp); 2^(j/128) comes from a 128-entry table of double-double values (computed once
// in 80-bit precision), so the only sizeable error is the final rounding.
#ifndef EXP_REDUCTION_H
#define EXP_REDUCTION_H

#include "Lanes.h"

#define EXP_TABLE_BITS 7
#define EXP_TABLE_SIZE (1 << EXP_TABLE_BITS)

/// 2^(j/128) for j in 0..<128 as (hi, lo) pairs: hi rounded to double, lo the rest.
extern double nlpnb_exp2_table[2 * EXP_TABLE_SIZE];

/// exp(r) - 1 - r for |r| <= ln2/256 as the Taylor series to r^degree, by Horner's rule.
INLINE f64x8 expm1BeyondR(f64x8 r, int degree) {
    double factorial = 1;
    for (int n = 2; n <= degree; n++) factorial *= n;
    f64x8 q = splat(1 / factorial);
    for (int n = degree - 1; n >= 2; n--) {
        factorial /= n + 1;
        q = q * r + 1 / factorial;
    }
    return r * r * q;
}

/// x split as above: `r`, `expm1r` = exp(r) - 1, the table pair for j, and the bits of a
/// double whose low bits hold m in two's complement (j is its low 7 bits, k the bits above).
typedef struct {
    f64x8 r, expm1r, hi, lo;
    u64x8 m;
} ExpParts;

INLINE ExpParts expParts(f64x8 x) {
    const double ln2Hi = 6.93147180369123816490e-01;   // 0x3FE62E42FEE00000: 21 trailing zero bits
    const double ln2Lo = 1.90821492927058770002e-10;   // ln2 - ln2Hi
    const double shifter = 6755399441055744.0;           // 1.5 * 2^52: adding it rounds to an integer
    ExpParts p;
    f64x8 shifted = x * splat(EXP_TABLE_SIZE / 0.693147180559945309417232121458) + shifter;
    f64x8 m = shifted - shifter;
    p.r = (x - m * splat(ln2Hi / EXP_TABLE_SIZE)) - m * splat(ln2Lo / EXP_TABLE_SIZE);
    p.expm1r = p.r + expm1BeyondR(p.r, 5);
    p.m = (u64x8)shifted;
    for (int lane = 0; lane < 8; lane++) {
        int j = (int)(p.m[lane] & (EXP_TABLE_SIZE - 1));
        p.hi[lane] = nlpnb_exp2_table[2 * j];
        p.lo[lane] = nlpnb_exp2_table[2 * j + 1];
    }
    return p;
}

/// 2^(j/128) * exp(r), within about 0.3% of [1, 2).
INLINE f64x8 expMantissa(ExpParts p) { return p.hi + (p.lo + p.hi * p.expm1r); }

/// exp of lanes whose magnitudes are at most 708 (so 2^k and the result are normal):
/// k is added to the exponent bits (modulo 2^64, which also handles negative k).
INLINE f64x8 expNormal(f64x8 x) {
    ExpParts p = expParts(x);
    u64x8 k = (p.m >> EXP_TABLE_BITS) << 52;
    return (f64x8)((u64x8)expMantissa(p) + k);
}

#endif
