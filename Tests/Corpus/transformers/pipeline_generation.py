# Seeds 000.P6 / 003.3-003.4: pipeline("text-generation") on the tiny GPT-2, greedy here
# (the pipeline samples by default) so that the output is deterministic.
from transformers import pipeline

generator = pipeline("text-generation", model=MODEL_DIR)
print(generator("the cat sat on", max_length=14, do_sample=False))
print(generator("the cat", max_length=10, do_sample=False, return_full_text=False))
for prompt in ["the cat", "on the mat"]:
    print(generator(prompt, max_length=8, do_sample=False))
print(generator("the cat", max_length=9, do_sample=False, num_beams=3, num_return_sequences=2, no_repeat_ngram_size=2))
