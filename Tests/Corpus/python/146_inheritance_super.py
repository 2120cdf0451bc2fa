class Animal:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} is an animal"
    def sound(self):
        return "..."
class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
    def sound(self):
        return "meow"
    def describe(self):
        return super().describe() + f" that says {self.sound()}"
c = Cat("Tom", True)
print(c.describe())
print(c.indoor, isinstance(c, Animal), issubclass(Cat, Animal))
print(Animal("x").describe(), Animal("x").sound())
