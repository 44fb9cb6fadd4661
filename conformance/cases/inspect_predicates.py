# inspect's predicates on functions, methods, classes, coroutines, generators and builtins
import abc
import asyncio
import functools
import inspect
import sys


def plain(x):
    return x


async def fetch(n):
    await asyncio.sleep(0.1)
    return n


def countdown(n):
    while n:
        yield n
        n -= 1


async def ticks(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    def describe(self):
        return "shape"

    @classmethod
    def make(cls):
        return cls

    @staticmethod
    def helper():
        return 1

    @property
    def size(self):
        return 0


class Square(Shape):
    def area(self):
        return 4

    async def refresh(self):
        await asyncio.sleep(0)


class Waitable:
    def __await__(self):
        yield from []
        return 1


names = ["isfunction", "ismethod", "isclass", "ismodule", "isbuiltin", "isroutine",
         "iscoroutinefunction", "isgeneratorfunction", "isasyncgenfunction",
         "iscoroutine", "isgenerator", "isasyncgen", "isawaitable", "isabstract"]

sq = Square()
coro = fetch(1)
gen = countdown(3)
agen = ticks(2)
objects = [
    ("plain", plain), ("fetch", fetch), ("countdown", countdown), ("ticks", ticks),
    ("lambda", lambda: 0), ("Shape", Shape), ("Square", Square), ("sq.area", sq.area),
    ("sq.refresh", sq.refresh), ("Square.refresh", Square.refresh), ("Shape.make", Shape.make),
    ("Shape.helper", Shape.helper), ("len", len), ("print", print), ("sys", sys),
    ("inspect", inspect), ("coro", coro), ("gen", gen), ("agen", agen),
    ("Waitable()", Waitable()), ("partial(fetch)", functools.partial(fetch, 2)),
    ("42", 42), ("'text'", "text"), ("None", None),
]
for label, obj in objects:
    true = [n for n in names if getattr(inspect, n)(obj)]
    print(f"{label:15} {' '.join(true) or '-'}")

prop = Shape.__dict__["size"]
print("property:", inspect.isdatadescriptor(prop), inspect.ismethoddescriptor(prop))
print("classmethod obj:", inspect.isdatadescriptor(Shape.__dict__["make"]))
print("abstract:", inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(sq))
print("getmro:", [c.__name__ for c in inspect.getmro(Square)])
print("members:", [name for name, _ in inspect.getmembers(Square, inspect.isfunction)])
print("methods:", [name for name, _ in inspect.getmembers(sq, inspect.ismethod)])
print("public:", [name for name, _ in inspect.getmembers(sq) if not name.startswith("_")])
print("flags:", bool(fetch.__code__.co_flags & inspect.CO_COROUTINE),
      bool(countdown.__code__.co_flags & inspect.CO_GENERATOR),
      bool(ticks.__code__.co_flags & inspect.CO_ASYNC_GENERATOR),
      inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_ITERABLE_COROUTINE)
print("asyncio agrees:", asyncio.iscoroutinefunction(fetch), asyncio.iscoroutine(coro))
coro.close()


def deco(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        return await fn(*args, **kwargs)
    return wrapper


@deco
async def wrapped(a, b=1):
    return a + b

print("unwrap:", inspect.unwrap(wrapped) is not wrapped, inspect.unwrap(wrapped).__name__,
      inspect.unwrap(plain) is plain)
print("wrapped coroutine fn:", inspect.iscoroutinefunction(wrapped))


async def main():
    c = fetch(5)
    print("awaitable task:", inspect.isawaitable(asyncio.ensure_future(c)))
    fut = asyncio.get_running_loop().create_future()
    print("future:", inspect.isawaitable(fut), inspect.iscoroutine(fut))
    fut.cancel()
    print("result:", await Waitable())

asyncio.run(main())
