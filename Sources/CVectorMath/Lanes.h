// What every kernel file shares: eight-lane vectors and the per-CPU compilation.
#ifndef LANES_H
#define LANES_H

#include <stdint.h>
#include <string.h>

// Results must not depend on the CPU: no contraction of a multiply and an add into a fused
// multiply-add, which only some versions would do; a kernel that wants one says so
// (`__builtin_elementwise_fma`, which every version computes, see FloatInDouble.h).
#pragma clang fp contract(off)
// Eight-lane vectors only pass between inlined functions, so the ABI differences between
// instruction sets this warns about never cross a call.
#pragma clang diagnostic ignored "-Wpsabi"

typedef double f64x8 __attribute__((ext_vector_type(8)));
typedef float f32x8 __attribute__((ext_vector_type(8)));
/// Sixteen floats: one AVX-512 register, for kernels that compute in float itself.
typedef float f32x16 __attribute__((ext_vector_type(16)));
typedef int64_t i64x8 __attribute__((ext_vector_type(8)));
typedef uint64_t u64x8 __attribute__((ext_vector_type(8)));

/// One copy of the function per instruction-set level, chosen once by the dynamic loader.
#if defined(__x86_64__) && defined(__linux__)
#define MULTIVERSIONED __attribute__((target_clones("default", "arch=x86-64-v3", "arch=x86-64-v4")))
#else
#define MULTIVERSIONED
#endif

#define INLINE static inline __attribute__((always_inline))

/// Lanes where `mask` is set (all ones) take `a`, the others `b`.
INLINE f64x8 select64(i64x8 mask, f64x8 a, f64x8 b) {
    return (f64x8)(((u64x8)mask & (u64x8)a) | (~(u64x8)mask & (u64x8)b));
}

INLINE int anyLane(i64x8 mask) { return __builtin_reduce_or(mask) != 0; }

INLINE f64x8 splat(double v) { return (f64x8)v; }

/// Runs `lanes` (a function f64x8 -> f64x8) over `count` elements of `src` into `dst`, as
/// doubles. `load`/`store` move eight elements between memory and a vector. Four independent
/// vectors per step give the processor four dependency chains to overlap (the polynomials
/// are long chains of dependent operations: one vector at a time runs at a third of the
/// speed); the last partial blocks go through a zero-padded vector, so every element sees
/// the same arithmetic.
#define MAP_LANES(lanes, load, store, Element, src, dst, count) do {               \
    long i_ = 0;                                                                    \
    for (; i_ + 32 <= (count); i_ += 32) {                                          \
        f64x8 a_ = lanes(load((src) + i_)), b_ = lanes(load((src) + i_ + 8));       \
        f64x8 c_ = lanes(load((src) + i_ + 16)), d_ = lanes(load((src) + i_ + 24)); \
        store((dst) + i_, a_);                                                      \
        store((dst) + i_ + 8, b_);                                                  \
        store((dst) + i_ + 16, c_);                                                 \
        store((dst) + i_ + 24, d_);                                                 \
    }                                                                               \
    for (; i_ < (count); i_ += 8) {                                                 \
        long n_ = (count) - i_ < 8 ? (count) - i_ : 8;                              \
        Element in_[8] = {0}, out_[8];                                              \
        memcpy(in_, (src) + i_, n_ * sizeof(Element));                              \
        store(out_, lanes(load(in_)));                                              \
        memcpy((dst) + i_, out_, n_ * sizeof(Element));                             \
    }                                                                               \
} while (0)

INLINE f64x8 loadDoubles(const double *p) { f64x8 v; memcpy(&v, p, sizeof v); return v; }
INLINE void storeDoubles(double *p, f64x8 v) { memcpy(p, &v, sizeof v); }

/// float32 elements widen to double on the way in and round once to float on the way out.
INLINE f64x8 loadFloats(const float *p) { f32x8 v; memcpy(&v, p, sizeof v); return __builtin_convertvector(v, f64x8); }
INLINE void storeFloats(float *p, f64x8 v) { f32x8 f = __builtin_convertvector(v, f32x8); memcpy(p, &f, sizeof f); }

/// Up to sixteen floats from `p` (`n` of them, the other lanes 0) and back: a row whose
/// length is no multiple of sixteen ends in a partial vector that sees the same arithmetic.
INLINE f32x16 loadFloat16(const float *p, long n) {
    f32x16 v = 0;
    if (n >= 16) memcpy(&v, p, sizeof v); else memcpy(&v, p, n * sizeof(float));
    return v;
}
INLINE void storeFloat16(float *p, f32x16 v, long n) {
    if (n >= 16) memcpy(p, &v, sizeof v); else memcpy(p, &v, n * sizeof(float));
}

#define MAP_F64(lanes, src, dst, count) MAP_LANES(lanes, loadDoubles, storeDoubles, double, src, dst, count)
#define MAP_F32(lanes, src, dst, count) MAP_LANES(lanes, loadFloats, storeFloats, float, src, dst, count)

#endif
