# property, classmethod, staticmethod, class attributes, dunder methods.
class Temperature:
    count = 0

    def __init__(self, celsius):
        self._c = celsius
        Temperature.count += 1

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    @classmethod
    def freezing(cls):
        return cls(0)

    @staticmethod
    def describe(c):
        return "hot" if c > 25 else "mild"

    def __eq__(self, other):
        return self._c == other._c

    def __lt__(self, other):
        return self._c < other._c

    def __add__(self, other):
        return Temperature(self._c + other._c)

    def __len__(self):
        return 3


t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 212
print(t._c, Temperature.freezing()._c, Temperature.describe(30), t.describe(10))
print(Temperature(5) == Temperature(5), Temperature(1) < Temperature(2), (t + t)._c, len(t))
print("instances:", Temperature.count)
print(sorted([Temperature(3), Temperature(1), Temperature(2)])[0]._c)
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)
