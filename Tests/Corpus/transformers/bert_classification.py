# Seed 004.6 (num_labels=3 for the fixture): classification probabilities and predictions (MODEL_DIR set by the runner).
from transformers import BertTokenizer, BertForSequenceClassification
import torch

tokenizer = BertTokenizer.from_pretrained(MODEL_DIR)
model = BertForSequenceClassification.from_pretrained(MODEL_DIR, num_labels=3)

texts = ["I love this product!", "The movie was terrible."]
inputs = tokenizer(texts, padding=True, truncation=True, return_tensors="pt")
print(inputs.input_ids)
print(inputs["token_type_ids"].shape, inputs.attention_mask.tolist())

with torch.no_grad():
    outputs = model(**inputs)
    logits = outputs.logits

probs = torch.softmax(logits, dim=1)
predictions = torch.argmax(probs, dim=1)

print("Probabilities:", probs)
print("Predictions:", predictions)
print(predictions.tolist(), probs[0][1].item() > 0, probs.sum(dim=1).shape)
