// Vectorised math kernels for TensorCore's element-wise ufuncs: `dst[i] = f(src[i])` over
// `count` contiguous elements (a count of 1 is the scalar function), and NeuralNet's fused
// element-wise training loops (LSTM steps, Adam) and the per-step product with the recurrent
// kernel. Each kernel is compiled
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

/// One LSTM step (Keras's gate order i, f, g, o) for `rows` batch rows, after the product
/// with the recurrent kernel: `z` (rows × 4·units) holds h·U on entry and the activated gates
/// on return; `x` is the first row's projected input of this step (rows `xStride` apart);
/// `h` and `c` (rows × units) are updated where `keep` (rows `keepStride` apart; NULL: all)
/// is not 0; `fresh` receives c' before the mask, `tanhC` tanh(c'), and `out` (rows
/// `outStride` apart) the row's h then c.
void nlpnb_lstm_step_f32(float *z, const float *x, long xStride, const float *keep, long keepStride,
                         float *h, float *c, float *fresh, float *tanhC, float *out, long outStride,
                         long rows, long units);
/// The same step backward: from its activated `gates`, `tanhC` and the c it started from
/// (`cPrev`), and the gradient of its output (`grad`, h then c, rows `gradStride` apart),
/// adds that gradient to `dh` and `dc`, writes the gates' gradient `dz` (4·units per row,
/// rows `dzStride` apart; 0 on masked rows), and carries `dc` back a step. What flows back
/// through U (dz·Uᵀ) is left to the caller.
void nlpnb_lstm_step_backward_f32(const float *gates, const float *tanhC, const float *cPrev,
                                  const float *grad, long gradStride, const float *keep, long keepStride,
                                  float *dh, float *dc, float *dz, long dzStride,
                                  long rows, long units);

/// C = A·B, all row-major with leading dimensions `lda`, `ldb`, `ldc`: A is m × k, B k × n.
/// For an A of a few rows (one LSTM step's batch rows) and a B that fits in cache, where
/// BLAS spends longer copying B than multiplying; each element of C is the sum over k in
/// order, one fused multiply-add at a time.
void nlpnb_short_product_f32(const float *a, long lda, const float *b, long ldb, float *c, long ldc,
                             long m, long n, long k);

/// One Adam step on `count` elements (Keras's update_step): m += (g − m)(1 − β1);
/// v += (g² − v)(1 − β2); w −= m·α / (√v + ε).
void nlpnb_adam_f32(float *w, const float *g, float *m, float *v, long count,
                    float alpha, float oneMinusBeta1, float oneMinusBeta2, float epsilon);

#endif
