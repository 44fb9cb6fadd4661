# Attribute lookups that a cache could get wrong: class attributes replaced
# after use, a base class changed under a subclass, a property added later,
# an instance attribute shadowing a method, the same site seeing two classes,
# and __getattr__/__setattr__ hooks added to a class after instances exist.
class Base:
    kind = "base"

    def hello(self):
        return "base hello"


class Child(Base):
    pass


class Other:
    kind = "other"

    def hello(self):
        return "other hello"


def show(obj):
    return obj.kind, obj.hello()


c = Child()
for _ in range(3):
    print(show(c))
Base.kind = "changed"
Base.hello = lambda self: "patched hello"
print(show(c))
Child.hello = lambda self: "child hello"
print(show(c))
del Child.hello
print(show(c))
c.hello = lambda: "instance hello"
print(show(c))
del c.hello
print(show(c))
for obj in [Child(), Other(), Child(), Other()]:
    print(show(obj))


class Point:
    def __init__(self, x):
        self.x = x


p = Point(1)
print(p.x)
Point.x = property(lambda self: "from property")
print(p.x)
del Point.x
print(p.x)


def get_missing(obj):
    try:
        return obj.missing
    except AttributeError as e:
        return f"AttributeError: {e}"


print(get_missing(p))
Point.__getattr__ = lambda self, name: f"computed {name}"
print(get_missing(p))
log = []
Point.__setattr__ = lambda self, name, value: log.append((name, value))
p.y = 5
print(log, hasattr(p, "y") and p.y)


class Counter:
    def __init__(self):
        self.n = 0


made = [Counter() for _ in range(3)]
Counter.__init__ = lambda self: setattr(self, "n", 100)
print([m.n for m in made], Counter().n)
