class Dog:
    species = "canis"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self.age
rex = Dog("Rex", 3)
print(rex.speak())
print(rex.birthday(), rex.age)
print(rex.species, Dog.species)
print(type(rex).__name__, isinstance(rex, Dog))
