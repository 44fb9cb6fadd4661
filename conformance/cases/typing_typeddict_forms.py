# TypedDict's class and functional forms: plain dicts at run time, merged annotations, total, no isinstance checks.
from typing import TypedDict


class Base(TypedDict):
    host: str


class Server(Base, total=False):
    port: int


Point = TypedDict("Point", {"x": int, "y": int})
s = Server(host="h", port=1)
print(s, type(s).__name__, Server.__annotations__, Server.__total__, Base.__total__)
print(Point(x=1, y=2), Point.__annotations__, Point.__name__, Server.__name__)
for check in [lambda: isinstance(s, Server), lambda: issubclass(dict, Point)]:
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)
