# Seeds 004.8 / 004.9: T5 greedy generation and beam search, then decoding (MODEL_DIR set
# by the runner). The tiny model knows 300 token ids, so the input text is a short one.
from transformers import T5Tokenizer, T5ForConditionalGeneration

tokenizer = T5Tokenizer.from_pretrained(MODEL_DIR)
model = T5ForConditionalGeneration.from_pretrained(MODEL_DIR)

input_text = "a b c"
inputs = tokenizer(input_text, return_tensors="pt")
print(inputs.input_ids, inputs.attention_mask)

output = model.generate(inputs.input_ids, max_length=12)
print(output)
translation = tokenizer.decode(output[0], skip_special_tokens=True)
print("Translation:", translation)

summary_ids = model.generate(inputs.input_ids, max_length=10, num_beams=4, early_stopping=True)
print(summary_ids)
print("Summary:", tokenizer.decode(summary_ids[0], skip_special_tokens=True))
