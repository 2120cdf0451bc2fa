# Seed 004.7 with greedy search and beam search, whose output does not depend on the
# random stream (MODEL_DIR set by the runner). Sampling is run for its shape only.
from transformers import GPT2Tokenizer, GPT2LMHeadModel, set_seed
import torch

tokenizer = GPT2Tokenizer.from_pretrained(MODEL_DIR)
model = GPT2LMHeadModel.from_pretrained(MODEL_DIR)

prompt = "Once upon a time in a faraway land,"
inputs = tokenizer.encode(prompt, return_tensors="pt")
print(inputs)

output = model.generate(inputs, max_length=30, pad_token_id=999)
print(output)
generated_text = tokenizer.decode(output[0], skip_special_tokens=True)
print("Generated Text:", generated_text)

beams = model.generate(inputs, max_new_tokens=8, num_beams=3, early_stopping=True, pad_token_id=999)
print(beams.shape, tokenizer.decode(beams[0]))

set_seed(0)
sampled = model.generate(inputs, max_length=25, do_sample=True, temperature=0.1, pad_token_id=999)
print(sampled.shape, sampled[0][:17].tolist() == inputs[0].tolist())

with torch.no_grad():
    logits = model(inputs).logits
print(logits.shape, torch.argmax(logits[0, -1]).item() == output[0][17].item())
