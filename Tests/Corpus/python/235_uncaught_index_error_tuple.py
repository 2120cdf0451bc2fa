shape = (32, 10)
batch, features = shape
print(batch, features)
print(shape[-1], shape[0])
print(shape[2])
