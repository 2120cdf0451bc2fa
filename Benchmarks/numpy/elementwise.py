# Element-wise and reduction throughput over 10^7 elements, best of 5, in milliseconds.
import time
import numpy as np

def best_ms(f):
    f()
    best = 1e9
    for _ in range(5):
        start = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - start)
    return best * 1000

def softmax_rows(x):
    e = np.exp(x - np.max(x, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)

np.random.seed(0)
x = np.random.rand(10 ** 7)
rows = np.random.rand(10000, 1000)
square = np.random.rand(4096, 4096)
print("metric exp_1e7", f"{best_ms(lambda: np.exp(x)):.2f}", "ms")
print("metric softmax_rows_1e7", f"{best_ms(lambda: softmax_rows(rows)):.2f}", "ms")
print("metric sum_axis0_4096x4096", f"{best_ms(lambda: square.sum(axis=0)):.2f}", "ms")
print("metric sum_axis1_4096x4096", f"{best_ms(lambda: square.sum(axis=1)):.2f}", "ms")
