# Element-wise and reduction throughput over 10^7 elements (float64 unless the name says
# float32), best of 5, in milliseconds.
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
x32 = x.astype(np.float32)
rows = np.random.rand(10000, 1000)
square = np.random.rand(4096, 4096)
print("metric exp_1e7", f"{best_ms(lambda: np.exp(x)):.2f}", "ms")
print("metric exp_float32_1e7", f"{best_ms(lambda: np.exp(x32)):.2f}", "ms")
print("metric log_1e7", f"{best_ms(lambda: np.log(x)):.2f}", "ms")
print("metric log_float32_1e7", f"{best_ms(lambda: np.log(x32)):.2f}", "ms")
print("metric tanh_1e7", f"{best_ms(lambda: np.tanh(x)):.2f}", "ms")
print("metric tanh_float32_1e7", f"{best_ms(lambda: np.tanh(x32)):.2f}", "ms")
print("metric sqrt_1e7", f"{best_ms(lambda: np.sqrt(x)):.2f}", "ms")
print("metric sqrt_float32_1e7", f"{best_ms(lambda: np.sqrt(x32)):.2f}", "ms")
print("metric softmax_rows_1e7", f"{best_ms(lambda: softmax_rows(rows)):.2f}", "ms")
print("metric sum_axis0_4096x4096", f"{best_ms(lambda: square.sum(axis=0)):.2f}", "ms")
print("metric sum_axis1_4096x4096", f"{best_ms(lambda: square.sum(axis=1)):.2f}", "ms")
