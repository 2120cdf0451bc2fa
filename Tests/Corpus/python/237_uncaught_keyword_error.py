def make_layer(units, activation="relu"):
    return f"Dense({units}, {activation})"
print(make_layer(10))
print(make_layer(5, activation="tanh"))
print(make_layer(3, actvation="softmax"))
