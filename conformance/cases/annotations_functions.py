# Function annotations: __annotations__ in CPython's order (ordinary
# positional parameters before positional-only ones, 'return' last),
# evaluated once at def time, replaceable and deletable.
import asyncio

calls = []


def note(label, value):
    calls.append(label)
    return value


def plain(a, b=1):
    return a + b


def typed(first: int, /, second: "str" = "x", *rest: float, flag: bool, limit=3, **extra: dict) -> None:
    pass


async def fetch(url: str, retries: int = 2) -> bytes:
    await asyncio.sleep(0)
    return url.encode() * retries


def ordered(x: note("x annotation", int) = note("x default", 0)) -> note("return annotation", list):
    return [x]


print(plain.__annotations__)
print(typed.__annotations__)
print(list(typed.__annotations__))
print(fetch.__annotations__)
print(calls)
print(ordered(), ordered(), calls)
print(asyncio.run(fetch("ab")))

plain.__annotations__["a"] = int
print(plain.__annotations__)
plain.__annotations__ = {"b": float}
print(plain.__annotations__)
try:
    plain.__annotations__ = [("a", int)]
except TypeError as e:
    print("TypeError:", e)
del plain.__annotations__
print(plain.__annotations__)


def outer():
    Local = dict

    def inner(m: Local) -> Local:
        return m
    return inner


print(outer().__annotations__)
lam = lambda v: v
print(lam.__annotations__)


class Shape:
    def area(self, scale: float = 1.0) -> float:
        return 0.0

    @staticmethod
    def unit() -> "Shape":
        return Shape()


print(Shape.area.__annotations__, Shape().area.__annotations__)
print(Shape.unit.__annotations__)
