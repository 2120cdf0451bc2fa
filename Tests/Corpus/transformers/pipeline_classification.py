# Seed 002.6c: pipeline("text-classification") on the tiny BERT classifier (labels LABEL_0,
# LABEL_1); scores rounded to 4 places, since float32 sums may differ in the last digits.
from transformers import pipeline

classifier = pipeline("text-classification", model=MODEL_DIR)


def show(results):
    return [{"label": r["label"], "score": round(r["score"], 4)} for r in results]


result = classifier("the model is input")[0]
print(result["label"], round(result["score"], 4))
print(show(classifier(["attention is the model", "token text"])))
print(show(classifier("the model", top_k=None)))
sentiment = pipeline("sentiment-analysis", model=MODEL_DIR)
print(show(sentiment("word embedding")))
