# Seed 001.1: a forward pass outside torch.no_grad() shows grad_fn (MODEL_DIR set by the runner).
from transformers import BertTokenizer, BertForSequenceClassification
import torch

tokenizer = BertTokenizer.from_pretrained(MODEL_DIR)
text = "BERT is a revolutionary model for NLP tasks."
inputs = tokenizer(text, return_tensors="pt", padding=True, truncation=True)
model = BertForSequenceClassification.from_pretrained(MODEL_DIR)
outputs = model(**inputs)
logits = outputs.logits
probabilities = torch.nn.functional.softmax(logits, dim=1)
print(f"Probabilities: {probabilities}")
print(logits.shape, logits.requires_grad, probabilities.argmax(dim=-1))
print(probabilities.mean(dim=1))
