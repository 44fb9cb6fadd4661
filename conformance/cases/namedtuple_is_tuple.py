# namedtuple and typing.NamedTuple instances are tuples: slicing, json, hashing, unpacking, subclasses, match, errors.
import json
from collections import namedtuple
from typing import NamedTuple
Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(3)
print(p, isinstance(p, tuple), p + (5,), p * 2, p[0], p[-1], p[:1], len(p), sorted([Point(2, 1), Point(1, 5)]))
print(p == (3, 0), hash(p) == hash((3, 0)), json.dumps({"p": p}), "%s and %s" % p, "{}-{}".format(*p), max(p), list(reversed(p)))
print(p._replace(y=9), p._asdict(), Point._make([7, 8]), Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__)
x, y = p
print(x, y, p.count(3), p.index(0), 3 in p, tuple(p), str(p), repr(p), f"{p}", p.__class__.__name__)
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    def badge(self):
        return f"{self.name}@{self.dept}"
e = Employee("ann")
print(e, e.badge(), isinstance(e, tuple), Employee.__mro__, Employee._fields, Employee.__annotations__, e[1])
class Point3(Point):
    def norm(self):
        return abs(self.x) + abs(self.y)
q = Point3(-1, 2)
q.tag = "t"
print(q, q.norm(), q.tag, type(q).__mro__)
try:
    p.z = 1
except AttributeError as err:
    print(err)
try:
    e.name = "bob"
except AttributeError as err:
    print(err)
try:
    Point(1, 2, 3)
except TypeError as err:
    print(err)
match Employee("bo", "ops"):
    case Employee(name, "ops"):
        print("ops:", name)
match p:
    case (a, b):
        print("pair", a, b)
d = {p: "here"}
print(d[(3, 0)], sorted({Point(1, 1), Point(0, 1)}), dict([Point("k", "v")]))
print(Point(*"ab"), list(map(Point._make, [(1, 2), (3, 4)])), [t.x for t in [Point(1, 2)]])
