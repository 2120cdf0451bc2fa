text = "hello world"
chars = sorted(list(set(text)))
char_to_int = {c: i for i, c in enumerate(chars)}
int_to_char = {i: c for c, i in char_to_int.items()}
print(chars)
print(char_to_int)
seq_length = 3
dataX, dataY = [], []
for i in range(len(text) - seq_length):
    seq_in = text[i:i + seq_length]
    seq_out = text[i + seq_length]
    dataX.append([char_to_int[char] for char in seq_in])
    dataY.append(char_to_int[seq_out])
print(dataX)
print(dataY)
print(len(dataX), len(chars))
print("".join(int_to_char[i] for i in dataX[2]), "->", int_to_char[dataY[2]])
