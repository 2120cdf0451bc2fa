# BERT-base (bert-base-uncased's configuration, random weights): one forward pass at
# sequence length 128, batch 1 and batch 8, in milliseconds (best of 5 after a warm-up).
# Inputs: Benchmarks/pretrained/setup/make_inputs.py; run from the repository root.
import time
import torch
from transformers import BertModel

model = BertModel.from_pretrained(".build/bench-pretrained/bert-base")
model.eval()


def forward_ms(batch):
    ids = torch.tensor([[101 + (row * 131 + i * 7) % 20000 for i in range(128)] for row in range(batch)])
    mask = torch.tensor([[1] * 128 for _ in range(batch)])
    with torch.no_grad():
        model(input_ids=ids, attention_mask=mask)
        best = 1e9
        for _ in range(5):
            start = time.perf_counter()
            out = model(input_ids=ids, attention_mask=mask)
            best = min(best, time.perf_counter() - start)
    assert list(out.last_hidden_state.shape) == [batch, 128, 768]
    return best * 1000


print("metric bert_base_seq128_batch1 " + str(round(forward_ms(1), 2)) + " ms")
print("metric bert_base_seq128_batch8 " + str(round(forward_ms(8), 2)) + " ms")
