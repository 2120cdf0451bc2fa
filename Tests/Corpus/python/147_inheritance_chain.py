class Layer:
    def __init__(self, units):
        self.units = units
    def name(self):
        return type(self).__name__.lower()
    def params(self):
        return 0
class Dense(Layer):
    def __init__(self, units, inputs):
        super().__init__(units)
        self.inputs = inputs
    def params(self):
        return self.inputs * self.units + self.units
class DenseNoBias(Dense):
    def params(self):
        return super().params() - self.units
model = [Dense(64, 10), DenseNoBias(10, 64), Layer(5)]
for layer in model:
    print(f"{layer.name():12} units={layer.units:3} params={layer.params()}")
print(sum(l.params() for l in model))
