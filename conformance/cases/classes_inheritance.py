# Classes: __init__, inheritance, super(), __repr__ and __str__.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

    def speak(self):
        return super().speak() + ", then barks"

    def __str__(self):
        return f"{self.name} the dog ({len(self.tricks)} tricks)"


a = Animal("Generic")
d = Dog("Rex", ["sit", "roll"])
print(a.speak())
print(d.speak())
print(repr(a), repr(d), str(a))
print(d, [d], {"pet": d})
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal))
print(Dog.kind, Animal.kind, d.kind, type(d).__name__, Dog.__mro__[1].__name__)
d.kind = "good dog"
print(d.kind, Dog.kind, hasattr(d, "tricks"), getattr(d, "age", "unknown"))
