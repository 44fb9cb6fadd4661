# inspect.getdoc (inherited docs), cleandoc, getmodule, getfile errors, unwrap(stop=), builtins and methods of built-in types
import asyncio
import functools
import inspect
import sys


class Base:
    """   Base does things.

        Indented detail.
    Back at the margin.
    """

    def run(self):
        """Run it."""

    @property
    def size(self):
        """How big."""
        return 1


class Child(Base):
    def run(self):
        return 2


print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Child)), repr(inspect.getdoc(Child.run)), repr(inspect.getdoc(Child().run)))
print(repr(inspect.getdoc(Child())), repr(inspect.getdoc(Base.size)), repr(inspect.getdoc(lambda: 0)))
for doc in ["One line", "  first\n    second\n      third\n", "\n\n    body\n\tTabbed\n   \n", "x\n    ", ""]:
    print(repr(inspect.cleandoc(doc)))

print(inspect.getmodule(Child) is sys.modules[__name__], inspect.getmodule(Child()).__name__,
      inspect.getmodule(len).__name__, inspect.getmodule(inspect) is inspect, inspect.getmodule(42))
print(inspect.getmodule(sys._getframe()).__name__, inspect.getfile(Child.run) == __file__,
      inspect.getsourcefile(Child) == __file__)
for bad in [len, 42, "text"]:
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print("TypeError:", e)


def layer(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@layer
@layer
def base(x, y=1):
    return x + y

print(inspect.unwrap(base).__name__, inspect.unwrap(base) is base.__wrapped__.__wrapped__,
      inspect.unwrap(base, stop=lambda f: f.__wrapped__ is not base.__wrapped__.__wrapped__) is base.__wrapped__)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError:", str(e).split(" <")[0])

items = []
for obj in [[].append, items.append, len, print, {}.get, inspect.getdoc, Child().run]:
    print(inspect.isbuiltin(obj), inspect.isroutine(obj), inspect.ismethod(obj), inspect.isfunction(obj))
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)],
      [name for name, _ in inspect.getmembers(Child(), inspect.ismethod)],
      [name for name, value in inspect.getmembers(Base) if isinstance(value, property)])
print(inspect.ismodule(sys), inspect.isclass(Child), inspect.isclass(Child()), inspect.getmro(Child)[1].__name__)
