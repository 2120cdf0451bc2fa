#!/usr/bin/env python3
"""Input for the tokenizer-throughput benchmark (issue 6: 10 MB of text, nlpnb against the
Rust `tokenizers` library). Not run by the unit tests: nothing there is timed.

    python3 Tests/TextProcessingTests/Fixtures/make_benchmark_input.py [OUT] [--megabytes N] [--peer]

Writes about N MB (default 10) of UTF-8 text to OUT (default /tmp/nlpnb-tokenizer-bench.txt),
one document per line, drawn deterministically from the seed documents and the golden test
strings (so accents, CJK, emoji and odd whitespace appear at a realistic rate). With --peer it
also times the `tokenizers` library on the fixture tokenizers (encode_batch over all lines,
median of 3) and prints `metric tokenizer_<kind> VALUE MB/s` lines in the benchmark
harness's format.
"""
import argparse
import json
import os
import random
import statistics
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def build_text(megabytes):
    with open(os.path.join(HERE, "hf_goldens.json"), encoding="utf-8") as f:
        strings = [s for s in json.load(f)["strings"] if s]
    seeds = os.environ.get("SEEDS_DIR", os.path.join(HERE, "..", "..", "..", "..", "shared", "seeds"))
    lines = []
    if os.path.isdir(seeds):
        for name in sorted(os.listdir(seeds)):
            if name.endswith(".txt"):
                with open(os.path.join(seeds, name), encoding="utf-8") as f:
                    lines += [l for l in f.read().splitlines() if l.strip()]
    rng = random.Random(2026)
    out, size, target = [], 0, megabytes * 1_000_000
    while size < target:
        doc = " ".join(rng.choice(lines) if lines and rng.random() < 0.7 else rng.choice(strings).replace("\n", " ")
                       for _ in range(rng.randint(1, 6)))
        out.append(doc)
        size += len(doc.encode("utf-8")) + 1
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="/tmp/nlpnb-tokenizer-bench.txt")
    parser.add_argument("--megabytes", type=int, default=10)
    parser.add_argument("--peer", action="store_true")
    args = parser.parse_args()
    docs = build_text(args.megabytes)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(docs) + "\n")
    megabytes = os.path.getsize(args.out) / 1e6
    print(f"wrote {args.out}: {len(docs)} lines, {megabytes:.1f} MB")
    if args.peer:
        from tokenizers import Tokenizer
        for kind in ["bpe", "wordpiece", "unigram"]:
            tok = Tokenizer.from_file(os.path.join(HERE, kind, "tokenizer.json"))
            times = []
            for _ in range(3):
                start = time.perf_counter()
                tok.encode_batch(docs)
                times.append(time.perf_counter() - start)
            print(f"metric tokenizer_{kind} {megabytes / statistics.median(times):.2f} MB/s")


if __name__ == "__main__":
    main()
