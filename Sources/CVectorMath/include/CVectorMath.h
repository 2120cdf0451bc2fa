// Vectorised math kernels for TensorCore's element-wise ufuncs: `dst[i] = f(src[i])` over
// `count` contiguous elements (a count of 1 is the scalar function). Each kernel is compiled
// for baseline x86-64, x86-64-v3 (AVX2, FMA) and x86-64-v4 (AVX-512) and picked for the CPU
// at load time, with the same arithmetic in every version, so every CPU gives the same bits.
#ifndef CVECTORMATH_H
#define CVECTORMATH_H

void nlpnb_exp_f64(const double *src, double *dst, long count);
void nlpnb_exp_f32(const float *src, float *dst, long count);
void nlpnb_log_f64(const double *src, double *dst, long count);
void nlpnb_log_f32(const float *src, float *dst, long count);
void nlpnb_tanh_f64(const double *src, double *dst, long count);
void nlpnb_tanh_f32(const float *src, float *dst, long count);
void nlpnb_sqrt_f64(const double *src, double *dst, long count);
void nlpnb_sqrt_f32(const float *src, float *dst, long count);

#endif
