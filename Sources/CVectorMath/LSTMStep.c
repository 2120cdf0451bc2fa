// The element-wise part of one LSTM step, forward and backward, for NeuralNet's fused LSTM
// node (Variable.lstmSequence): everything but the products with the recurrent kernel.
// Swift compiles NeuralNet for baseline x86-64, where these loops ran one float at a time
// (the compiler cannot prove the row pointers disjoint); here they run sixteen floats per
// instruction on AVX-512. Multiplies and adds stay separate (Lanes.h), in the order the
// formulas give, so every version gives the bits of plain float arithmetic.
#include "Lanes.h"
#include "CVectorMath.h"

MULTIVERSIONED void nlpnb_lstm_step_f32(float *z, const float *x, long xStride, const float *keep, long keepStride,
                                        float *h, float *c, float *fresh, float *tanhC, float *out, long outStride,
                                        long rows, long units) {
    const long width = 4 * units;
    // σ(z) = 1/(1 + e^{−z}) and tanh(z) = 1 − 2/(1 + e^{2z}): scale z so one exp call serves all gates.
    for (long b = 0; b < rows; b++) {
        float *row = z + b * width;
        const float *xRow = x + b * xStride;
        for (long gate = 0; gate < 4; gate++) {
            const f32x16 scale = gate == 2 ? 2.0f : -1.0f;
            for (long j = gate * units, end = j + units; j < end; j += 16) {
                long n = end - j;
                storeFloat16(row + j, (loadFloat16(row + j, n) + loadFloat16(xRow + j, n)) * scale, n);
            }
        }
    }
    nlpnb_exp_f32(z, z, rows * width);
    for (long b = 0; b < rows; b++) {
        float *i = z + b * width, *f = i + units, *g = f + units, *o = g + units;
        float *newC = fresh + b * units;
        const float *oldC = c + b * units;
        for (long j = 0; j < units; j += 16) {
            long n = units - j;
            f32x16 iv = 1 / (1 + loadFloat16(i + j, n)), fv = 1 / (1 + loadFloat16(f + j, n));
            f32x16 gv = 1 - 2 / (1 + loadFloat16(g + j, n)), ov = 1 / (1 + loadFloat16(o + j, n));
            storeFloat16(i + j, iv, n);
            storeFloat16(f + j, fv, n);
            storeFloat16(g + j, gv, n);
            storeFloat16(o + j, ov, n);
            storeFloat16(newC + j, fv * loadFloat16(oldC + j, n) + iv * gv, n);
        }
    }
    nlpnb_tanh_f32(fresh, tanhC, rows * units);
    for (long b = 0; b < rows; b++) {
        float *hRow = h + b * units, *cRow = c + b * units, *outRow = out + b * outStride;
        // A masked step (keep 0) leaves the row's h and c as they were.
        if (!keep || keep[b * keepStride] != 0) {
            const float *o = z + b * width + 3 * units, *tc = tanhC + b * units;
            for (long j = 0; j < units; j += 16) {
                long n = units - j;
                storeFloat16(hRow + j, loadFloat16(o + j, n) * loadFloat16(tc + j, n), n);
            }
            memcpy(cRow, fresh + b * units, units * sizeof(float));
        }
        memcpy(outRow, hRow, units * sizeof(float));
        memcpy(outRow + units, cRow, units * sizeof(float));
    }
}

MULTIVERSIONED void nlpnb_lstm_step_backward_f32(const float *gates, const float *tanhC, const float *cPrev,
                                                 const float *grad, long gradStride, const float *keep, long keepStride,
                                                 float *dh, float *dc, float *dz, long dzStride,
                                                 long rows, long units) {
    const long width = 4 * units;
    for (long b = 0; b < rows; b++) {
        float *dhRow = dh + b * units, *dcRow = dc + b * units, *dzRow = dz + b * dzStride;
        const float *gRow = grad + b * gradStride;
        const int kept = !keep || keep[b * keepStride] != 0;
        for (long j = 0; j < units; j += 16) {
            long n = units - j;
            f32x16 dhv = loadFloat16(dhRow + j, n) + loadFloat16(gRow + j, n);
            f32x16 dcv = loadFloat16(dcRow + j, n) + loadFloat16(gRow + units + j, n);
            storeFloat16(dhRow + j, dhv, n);
            if (!kept) {
                storeFloat16(dcRow + j, dcv, n);
                continue;
            }
            const float *a = gates + b * width + j;
            f32x16 i = loadFloat16(a, n), f = loadFloat16(a + units, n);
            f32x16 g = loadFloat16(a + 2 * units, n), o = loadFloat16(a + 3 * units, n);
            f32x16 tanh = loadFloat16(tanhC + b * units + j, n), cp = loadFloat16(cPrev + b * units + j, n);
            // c' reaches the loss directly and through h' = o·tanh(c').
            f32x16 dNewC = dcv + dhv * o * (1 - tanh * tanh);
            f32x16 di = dNewC * g * i * (1 - i), df = dNewC * cp * f * (1 - f);
            f32x16 dg = dNewC * i * (1 - g * g), dout = dhv * tanh * o * (1 - o);
            storeFloat16(dcRow + j, dNewC * f, n);
            storeFloat16(dzRow + j, di, n);
            storeFloat16(dzRow + units + j, df, n);
            storeFloat16(dzRow + 2 * units + j, dg, n);
            storeFloat16(dzRow + 3 * units + j, dout, n);
        }
        // A masked step passes no gradient to its gates or input.
        if (!kept) memset(dzRow, 0, width * sizeof(float));
    }
}
