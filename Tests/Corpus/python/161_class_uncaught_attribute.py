class Model:
    def __init__(self):
        self.layers = []
    def add(self, layer):
        self.layers.append(layer)
m = Model()
m.add("dense")
print(m.layers)
print(m.weights)
