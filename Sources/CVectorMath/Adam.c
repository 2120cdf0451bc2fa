// Keras's Adam update, for NeuralNet's optimizer. An embedding table's update runs over every
// row at every step (Keras applies it densely: rows a batch did not use still move with
// their moments), millions of elements per step; compiled for baseline x86-64 the Swift loop
// took a square root and a division one float at a time, here sixteen at a time. The
// operations and their order are the Swift formula's, so every version gives the same bits.
#include "Lanes.h"
#include "CVectorMath.h"

MULTIVERSIONED void nlpnb_adam_f32(float *w, const float *g, float *m, float *v, long count,
                                   float alpha, float oneMinusBeta1, float oneMinusBeta2, float epsilon) {
    for (long i = 0; i < count; i += 16) {
        long n = count - i;
        f32x16 gradient = loadFloat16(g + i, n), first = loadFloat16(m + i, n), second = loadFloat16(v + i, n);
        first = first + (gradient - first) * oneMinusBeta1;
        second = second + (gradient * gradient - second) * oneMinusBeta2;
        f32x16 weight = loadFloat16(w + i, n) - first * alpha / (__builtin_elementwise_sqrt(second) + epsilon);
        storeFloat16(m + i, first, n);
        storeFloat16(v + i, second, n);
        storeFloat16(w + i, weight, n);
    }
}
