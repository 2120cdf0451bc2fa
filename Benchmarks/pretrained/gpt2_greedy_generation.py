# GPT-2 124M (real configuration, random weights): greedy generation of 128 new tokens
# from a 16-token prompt, one prompt, KV cache, as tokens per second. min_length keeps a
# random model from stopping early on the end-of-text token. Also measured: float32
# matrix-vector bandwidth (a 4096 x 4096 matrix times a vector, numpy) and from it the
# memory-bandwidth limit of generation, weight bytes per token over that bandwidth. The
# same 64 MB matrix read again and again stays partly in the 32 MB L3 cache, which a
# model's 500 MB of weights never does, so the bandwidth is measured a second way too:
# eight distinct matrices (512 MB) read in turn, as a decode step reads its layers.
# Inputs: Benchmarks/pretrained/setup/make_inputs.py; run from the repository root.
import time
import numpy as np
import torch
from transformers import GPT2LMHeadModel

model = GPT2LMHeadModel.from_pretrained(".build/bench-pretrained/gpt2-124m")
model.eval()
prompt = torch.tensor([[464, 2068, 7586, 21831, 18045, 625, 262, 16931, 3290, 13, 383, 2068, 7586, 21831, 318, 257]])
parameters = 124439808  # GPT-2 small's weights (the tied embedding counted once)

with torch.no_grad():
    model.generate(prompt, max_new_tokens=8, do_sample=False, min_length=24, pad_token_id=50256)
    best = 1e9
    for _ in range(3):
        start = time.perf_counter()
        out = model.generate(prompt, max_new_tokens=128, do_sample=False, min_length=144, pad_token_id=50256)
        best = min(best, time.perf_counter() - start)
assert out.shape[1] == 144
tokens_per_s = 128 / best

matrix = np.random.rand(4096, 4096).astype(np.float32)
vector = np.random.rand(4096).astype(np.float32)
np.dot(matrix, vector)
fastest = 1e9
for _ in range(20):
    start = time.perf_counter()
    np.dot(matrix, vector)
    fastest = min(fastest, time.perf_counter() - start)
bandwidth = 4096 * 4096 * 4 / fastest / 1e9
limit = bandwidth * 1e9 / (parameters * 4)

matrices = [np.random.rand(4096, 4096).astype(np.float32) for _ in range(8)]
fastest_round = 1e9
for _ in range(5):
    start = time.perf_counter()
    for m in matrices:
        np.dot(m, vector)
    fastest_round = min(fastest_round, time.perf_counter() - start)
streaming = 8 * 4096 * 4096 * 4 / fastest_round / 1e9
streaming_limit = streaming * 1e9 / (parameters * 4)
print("metric gpt2_124m_greedy_128 " + str(round(tokens_per_s, 2)) + " tokens/s")
print("metric matvec_bandwidth " + str(round(bandwidth, 2)) + " GB/s")
print("metric share_of_bandwidth_limit " + str(round(tokens_per_s / limit, 3)) + " x/s")
print("metric matvec_bandwidth_streaming " + str(round(streaming, 2)) + " GB/s")
print("metric share_of_streaming_limit " + str(round(tokens_per_s / streaming_limit, 3)) + " x/s")
