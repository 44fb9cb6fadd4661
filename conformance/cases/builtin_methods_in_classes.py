# Builtin functions stored in a class stay plain functions (they never bind
# to the instance); dict.fromkeys is a classmethod; the comparison dunders
# of builtin values answer NotImplemented for kinds they do not compare.
import math

class Tools:
    size = len
    absolute = abs
    root = math.sqrt
    def method(self):
        return "bound"

t = Tools()
print(t.size([1, 2, 3]), t.absolute(-4), t.root(16.0), t.method())
print(t.size is len, Tools.size is len)

print(type(dict.fromkeys([1, 2])).__name__, dict.fromkeys([1, 2]), {}.fromkeys("x", 0))
print(type({}.fromkeys("c", 1)).__name__, dict.fromkeys.__self__ is dict)

print([1].__eq__(5), [1].__eq__([1]), [1].__ne__((1,)), [1].__ne__([2]))
print((1,).__eq__([1]), (1, 2).__lt__((1, 3)), {}.__eq__(3), {1: 2}.__eq__({1: 2}))
print("a".__eq__(1), "a".__lt__("b"), (1).__eq__("x"), (1).__eq__(1.0), (1.0).__eq__(1))
print([1].__lt__(3), {1}.__le__({1, 2}), {1}.__eq__(frozenset([1])), object().__ne__(3))

class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x

print(Point(1).__ne__(Point(1)), Point(1).__ne__(Point(2)), Point(1).__ne__(3))
print(Point(1) != Point(2), Point(1) != 3, Point(1) == Point(1))
