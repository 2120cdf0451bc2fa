def train(model, epochs):
    return f"{model} for {epochs}"
print(train("rnn", 5))
print(train("lstm", epochs=2))
train("gru")
