# The operator methods of int, bool and float, called directly or passed as
# functions; NotImplemented for operand types they do not handle.
import functools

print((1).__add__(2), (2.5).__mul__(2), int.__add__(3, 4), (10**25).__truediv__(3))
print((5).__rsub__(1), (1).__add__("x"), (1).__add__(2.0), (2.0).__radd__(1))
print(functools.reduce(int.__mul__, [1, 2, 3, 4]), sum(map(float.__neg__, [1.5, 2.5])))
print((3).__lt__(4), (3).__eq__(3.0), (3.0).__eq__(3), (7).__floordiv__(2), (7).__mod__(-3))
print((2).__pow__(10), (5).__neg__(), (5).__invert__(), (0).__bool__(), (2.5).__bool__())
print(True.__and__(False), True.__add__(True), (6).__and__(3), (1).__lshift__(70))
try:
    (1).__truediv__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Meters:
    def __init__(self, n):
        self.n = n

    def __radd__(self, other):
        return Meters(other + self.n)

    def __gt__(self, other):
        return "Meters.__gt__"


print((3 + Meters(4)).n, 3 < Meters(1), (0.5 + Meters(2)).n)
