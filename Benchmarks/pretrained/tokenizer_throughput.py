# Tokenizer throughput on about 10 MB of text (one document a line): the three tokenizer
# kinds of the test fixtures (byte-level BPE, WordPiece, Unigram), each called on the whole
# batch of lines, in MB/s (best of 3). The peer is transformers' fast tokenizers, that is the
# Rust `tokenizers` library. Inputs: Benchmarks/pretrained/setup/make_inputs.py; run from
# the repository root.
import time
from transformers import BertTokenizerFast, GPT2TokenizerFast, T5TokenizerFast

with open(".build/bench-pretrained/text-10mb.txt", encoding="utf-8") as f:
    text = f.read()
lines = text.splitlines()
megabytes = len(text.encode("utf-8")) / 1e6
fixtures = "Tests/TextProcessingTests/Fixtures/"

for kind, loader in [("bpe", GPT2TokenizerFast), ("wordpiece", BertTokenizerFast), ("unigram", T5TokenizerFast)]:
    tokenizer = loader.from_pretrained(fixtures + kind)
    tokenizer(lines[:100])
    best = 1e9
    for _ in range(3):
        start = time.perf_counter()
        ids = tokenizer(lines)["input_ids"]
        best = min(best, time.perf_counter() - start)
    assert len(ids) == len(lines)
    print("metric tokenizer_" + kind + " " + str(round(megabytes / best, 2)) + " MB/s")
