# Matrix multiply throughput, GFLOP/s, best of several runs: float32 and float64 at 256, 1024, 2048.
import time
import numpy as np

np.random.seed(0)
for dtype in [np.float32, np.float64]:
    for n in [256, 1024, 2048]:
        a = np.random.rand(n, n).astype(dtype)
        b = np.random.rand(n, n).astype(dtype)
        c = a @ b
        best = 1e9
        for _ in range(5 if n < 2048 else 3):
            start = time.perf_counter()
            c = a @ b
            best = min(best, time.perf_counter() - start)
        print("metric", f"matmul_{np.dtype(dtype).name}_{n}", f"{2 * n ** 3 / best / 1e9:.2f}", "GFLOP/s")
