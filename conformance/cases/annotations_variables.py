# Variable annotations: a module's and a class's __annotations__ collect
# `name: T` in order (also inside if/for/try blocks), a class's own only;
# inside a function the annotation is never evaluated.
import sys

count: int = 3
label: str
if count > 1:
    ratio: float = 0.5
for _ in range(1):
    flags: "list" = []
try:
    maybe: bytes
except Exception:
    pass

print(__annotations__)
print(sys.modules[__name__].__annotations__ is __annotations__)
print("label" in globals(), count, ratio, flags)


class Point:
    """A point."""
    x: int
    y: int = 0
    label: "str" = "p"

    def shift(self):
        self.z: int = 5
        return self.z


class Point3(Point):
    z: float = 0.0


class Empty:
    pass


print(Point.__annotations__)
print(Point3.__annotations__)
print(Empty.__annotations__, Empty.__annotations__ is Empty.__annotations__)
print(Point().shift(), Point.y, Point.label, hasattr(Point, "x"))


def body():
    undefined_at_runtime: NoSuchName = 1
    also: NoSuchName
    return undefined_at_runtime


print(body())
print(list(Point.__dict__)[:4])
