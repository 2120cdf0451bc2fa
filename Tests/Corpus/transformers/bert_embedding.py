# Seed 004.5: sentence embedding with BERT (run on MODEL_DIR, set by the runner).
from transformers import BertTokenizer, BertModel
import torch

tokenizer = BertTokenizer.from_pretrained(MODEL_DIR)
model = BertModel.from_pretrained(MODEL_DIR)
model.eval()

sentence = "The cat sat on the mat."
inputs = tokenizer(sentence, return_tensors="pt")
print("Tokenized Input IDs:", inputs['input_ids'])
print("Attention Mask:", inputs['attention_mask'])

with torch.no_grad():
    outputs = model(**inputs)

last_hidden_state = outputs.last_hidden_state
sentence_embedding = last_hidden_state.mean(dim=1)
print("Sentence Embedding Shape:", sentence_embedding.shape)
print("Sentence Embedding Vector:", sentence_embedding)
