#!/usr/bin/env python3
"""Inputs of the `pretrained` benchmark suite, written to .build/bench-pretrained/:

- gpt2-124m/: GPT-2 small's real configuration (GPT2Config() defaults: 12 layers, 768 wide,
  50257 tokens) with random weights, saved by transformers as the Hub publishes checkpoints;
- bert-base/: bert-base-uncased's configuration (BertConfig() defaults), random weights;
- text-10mb.txt: about 10 MB of text, one document per line (make_benchmark_input.py of
  Tests/TextProcessingTests/Fixtures: seed documents and the golden strings' accents, CJK,
  emoji and odd whitespace).

Run once, from the repository root, with the reference Python environment:
    /work/refenv/venv/bin/python Benchmarks/pretrained/setup/make_inputs.py
"""
import os
import sys

import torch
from transformers import BertConfig, BertModel, GPT2Config, GPT2LMHeadModel

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, ".build", "bench-pretrained")
sys.path.insert(0, os.path.join(ROOT, "Tests", "TextProcessingTests", "Fixtures"))
from make_benchmark_input import build_text  # noqa: E402


def main():
    os.makedirs(OUT, exist_ok=True)
    torch.manual_seed(0)
    GPT2LMHeadModel(GPT2Config()).save_pretrained(os.path.join(OUT, "gpt2-124m"))
    BertModel(BertConfig()).save_pretrained(os.path.join(OUT, "bert-base"))
    with open(os.path.join(OUT, "text-10mb.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(build_text(10)) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
