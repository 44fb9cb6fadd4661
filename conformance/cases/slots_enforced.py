# __slots__: no __dict__, only the named attributes (CPython's AttributeError wording), member descriptors on the class
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = Point(1)
print(Point.x, type(Point.x).__name__, [k for k in Point.__dict__ if not k.startswith("__")])
for attempt in [lambda: setattr(p, "z", 1), lambda: p.y, lambda: p.__dict__, lambda: vars(p)]:
    try:
        print(attempt())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
p.y = 2
print(p.x, p.y, hasattr(p, "y"), getattr(p, "missing", "default"))
del p.y
print(hasattr(p, "y"))


class Labelled(Point):
    __slots__ = ("label",)


class Loose(Point):
    pass


class Fixed:
    __slots__ = "only"
    kind = "fixed"


lab, loose, fixed = Labelled(3), Loose(4), Fixed()
lab.label = "a"
loose.anything = 5
print(lab.x, lab.label, loose.anything, loose.__dict__["anything"])
for obj, name in [(lab, "other"), (fixed, "other"), (fixed, "kind")]:
    try:
        setattr(obj, name, 0)
    except AttributeError as e:
        print("AttributeError:", e)
fixed.only = 1
print(fixed.only, fixed.kind)
try:
    class Clash:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.b, w.__dict__["b"])
