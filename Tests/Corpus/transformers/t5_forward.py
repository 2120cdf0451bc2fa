# T5 called directly (MODEL_DIR set by the runner): logits for given decoder inputs, the
# loss from labels alone, a decoder_attention_mask, and AutoModel's T5Model. The tiny
# model's logits run to the hundreds, so they are shown rounded.
from transformers import T5Tokenizer, T5ForConditionalGeneration, AutoModel
import torch

tokenizer = T5Tokenizer.from_pretrained(MODEL_DIR)
model = T5ForConditionalGeneration.from_pretrained(MODEL_DIR)
model.eval()
inputs = tokenizer("a b c", return_tensors="pt")
decoder_input_ids = torch.tensor([[0, 40, 41]])
with torch.no_grad():
    outputs = model(input_ids=inputs.input_ids, attention_mask=inputs.attention_mask, decoder_input_ids=decoder_input_ids)
print(type(outputs).__name__, outputs.logits.shape, outputs.encoder_last_hidden_state.shape)
print(outputs.logits.argmax(dim=-1))
print([round(v, 1) for v in outputs.logits[0, -1, :6].tolist()])
positional = model(inputs.input_ids, inputs.attention_mask, decoder_input_ids)
print(positional.logits.requires_grad, torch.argmax(positional.logits, dim=-1).tolist())

masked = model(input_ids=inputs.input_ids, decoder_input_ids=decoder_input_ids,
               decoder_attention_mask=torch.tensor([[1, 0, 1]]))
print(masked.logits.argmax(dim=-1))

labels = torch.tensor([[40, 41, 1]])
trained = model(**inputs, labels=labels)
print(type(trained).__name__, trained.logits.shape, f"{trained.loss.item():.1f}", trained.loss.shape)

try:
    model(input_ids=inputs.input_ids)
except ValueError as error:
    print("ValueError:", error)

base = AutoModel.from_pretrained(MODEL_DIR)
print(type(base).__name__)
hidden = base(input_ids=inputs.input_ids, decoder_input_ids=decoder_input_ids)
print(type(hidden).__name__, hidden.last_hidden_state.shape, hidden.encoder_last_hidden_state.shape)
print([round(v, 2) for v in hidden.last_hidden_state[0, 0, :4].tolist()])
