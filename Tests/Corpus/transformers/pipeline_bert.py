# pipeline("fill-mask") and pipeline("feature-extraction") on the tiny BERT (scores and
# features rounded to 3 places, since float32 sums may differ in the last digits).
from transformers import pipeline

unmasker = pipeline("fill-mask", model=MODEL_DIR)
for r in unmasker("the model is [MASK] ."):
    print(r["token"], r["token_str"], "|", r["sequence"], "|", round(r["score"], 3))
print(len(unmasker("the [MASK]", top_k=2)))

extractor = pipeline("feature-extraction", model=MODEL_DIR)
features = extractor("the model is input")
print(len(features), len(features[0]), len(features[0][0]))
print([round(v, 3) for v in features[0][0][:6]])
