// Square roots are correctly rounded by the hardware in every instruction set, so the
// vector versions give glibc's bits; glibc's scalar `sqrt` call is what they avoid.
#include "Lanes.h"

/// `dst[i] = sqrt(src[i])`, one full vector (`Vector`, 64 bytes) at a time.
#define SQRT_KERNEL(name, Element, Vector)                                      \
    MULTIVERSIONED void name(const Element *src, Element *dst, long count) {     \
        const long width = sizeof(Vector) / sizeof(Element);                    \
        long i = 0;                                                             \
        for (; i + width <= count; i += width) {                                \
            Vector x; memcpy(&x, src + i, sizeof x);                            \
            x = __builtin_elementwise_sqrt(x);                                  \
            memcpy(dst + i, &x, sizeof x);                                      \
        }                                                                       \
        for (; i < count; i++) dst[i] = __builtin_elementwise_sqrt(src[i]);     \
    }

SQRT_KERNEL(nlpnb_sqrt_f64, double, f64x8)
SQRT_KERNEL(nlpnb_sqrt_f32, float, f32x16)
