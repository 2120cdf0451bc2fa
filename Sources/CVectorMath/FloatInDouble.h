// float32 kernels compute in double and round once to float. A relative error near 1e-12 in
// double then leaves the float result correctly rounded in all but about one case in 10^4
// (and at most one float ulp off), so these use short, table-free approximations that run
// at the speed of memory, where the float64 kernels need tables and exact corrections.
#ifndef FLOAT_IN_DOUBLE_H
#define FLOAT_IN_DOUBLE_H

#include "Lanes.h"

/// y = k*ln2 + r with |r| <= ln2/2 (k as a double), and expm1(r) as its Taylor series to
/// r^11 (truncation error below 1e-12 of r). Horner's steps are fused multiply-adds: they
/// halve the work of these kernels, which is most of their time (float32 tanh: 8.5 against
/// 6.5 ms per 10^7 elements on one core). A fused multiply-add is one correctly rounded
/// operation, so every version gives the same bits (the baseline one through libm's `fma`,
/// slowly, on CPUs older than 2013).
INLINE f64x8 expm1Reduced(f64x8 y, f64x8 *k) {
    const double ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10;
    const double shifter = 6755399441055744.0;           // 1.5 * 2^52: adding it rounds to an integer
    *k = (y * 1.44269504088896340736 + shifter) - shifter;
    f64x8 r = (y - *k * ln2Hi) - *k * ln2Lo;
    double factorial = 39916800;                         // 11!
    f64x8 q = splat(1 / factorial);
    for (int n = 10; n >= 2; n--) {
        factorial /= n + 1;
        q = __builtin_elementwise_fma(q, r, splat(1 / factorial));
    }
    return r + r * r * q;
}

/// 2^k for whole-number k in the normal range.
INLINE f64x8 powerOfTwo(f64x8 k) {
    return (f64x8)((u64x8)(__builtin_convertvector(k, i64x8) + 1023) << 52);
}

#endif
