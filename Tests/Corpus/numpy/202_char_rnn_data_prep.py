import numpy as np
text = "hello world"
chars = sorted(list(set(text)))
char_to_int = {c: i for i, c in enumerate(chars)}
seq_length = 3
dataX, dataY = [], []
for i in range(len(text) - seq_length):
    dataX.append([char_to_int[ch] for ch in text[i:i + seq_length]])
    dataY.append(char_to_int[text[i + seq_length]])
X = np.array(dataX)
y = np.eye(len(chars))[dataY]
print(X)
print(X.shape, y.shape)
print(y[:2])
seed_seq = [char_to_int[c] for c in "hel"]
print(np.reshape(seed_seq, (1, seq_length)))
