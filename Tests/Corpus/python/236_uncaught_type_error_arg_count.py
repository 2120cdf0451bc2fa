def scale(values, factor):
    return [v * factor for v in values]
print(scale([1, 2], 3))
print(scale(values=[0.5], factor=2))
print(scale([1, 2], 3, 4))
