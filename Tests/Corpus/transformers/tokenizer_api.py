# The tokenizer surface of transformers on the tiny BERT's vocab.txt: __call__ options,
# encode, decode, tokenize, convert_tokens_to_ids / convert_ids_to_tokens, batch_decode.
from transformers import BertTokenizer

tokenizer = BertTokenizer.from_pretrained(MODEL_DIR)
texts = ["the model is input", "attention"]
print(tokenizer(texts[0]))
print(tokenizer(texts, padding=True))
print(tokenizer(texts, padding="max_length", max_length=8))
print(tokenizer(texts, truncation=True, max_length=4))
print(tokenizer(texts[0], add_special_tokens=False, return_attention_mask=False))
print(tokenizer(texts[0], return_token_type_ids=False))
batch = tokenizer(texts, padding=True, return_tensors="pt")
print(batch["input_ids"])
print(batch.attention_mask)
ids = tokenizer.encode("the model [MASK] attention")
print(ids)
print(tokenizer.decode(ids))
print(tokenizer.decode(ids, skip_special_tokens=True))
print(tokenizer.tokenize("The Model is tokenized"))
print(tokenizer.convert_tokens_to_ids(["the", "model", "zzzz"]), tokenizer.convert_tokens_to_ids("the"))
print(tokenizer.convert_ids_to_tokens(ids))
print(tokenizer.batch_decode(batch["input_ids"], skip_special_tokens=True))
print(tokenizer.batch_decode([[2, 270, 3], [270]]))
