# A class's __dict__ (and vars(cls)) is a read-only, live mappingproxy in
# definition order, with the entries type() adds: __dict__/__weakref__
# descriptors where no base gives them, and __doc__.
import types


class Account:
    """A bank account."""
    currency: str = "EUR"
    rate = 0.02

    def deposit(self, amount):
        return amount


class Savings(Account):
    bonus = 5


class Plain:
    pass


class Failure(Exception):
    pass


class Bag(set):
    pass


class Slotted:
    __slots__ = ("x", "y")


print(list(Account.__dict__))
print(list(Savings.__dict__), list(Plain.__dict__))
print(list(Failure.__dict__), list(Bag.__dict__), list(Slotted.__dict__))
print(Plain.__dict__["__dict__"], Plain.__dict__["__weakref__"], Slotted.__dict__["x"])
print(Savings.__dict__)
print(repr(Savings.__dict__))
print(type(Account.__dict__), type(Account.__dict__) is types.MappingProxyType)
print(isinstance(Account.__dict__, dict), vars(Account) == Account.__dict__, vars(Savings) is Savings.__dict__)
print(Savings.__dict__ == {"__module__": "__main__", "bonus": 5, "__doc__": None})

view = Savings.__dict__
Savings.extra = [1, 2]
Savings.more = "m"
print("extra" in view, view["extra"], len(view), list(view)[-2:])
del Savings.extra
print("extra" in view, view.get("extra", "gone"), list(view.keys()), list(view.values())[1:2])
print(sorted(k for k, v in Account.__dict__.items() if not k.startswith("__")))
print(dict(view) == view.copy(), type(view.copy()).__name__, {**view}["bonus"], (view | {"z": 1})["z"])
print(Account.__dict__["__doc__"], Plain.__dict__["__doc__"], Account.__dict__["__annotations__"])

for action in ("set", "del"):
    try:
        if action == "set":
            view["bonus"] = 6
        else:
            del view["bonus"]
    except TypeError as e:
        print("TypeError:", e)
for name in ("pop", "setdefault", "clear"):
    try:
        getattr(view, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    hash(view)
except TypeError as e:
    print("TypeError:", e)

frozen = types.MappingProxyType({"a": 1})
print(frozen, frozen["a"], list(frozen.items()), frozen == {"a": 1})
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (Plain,), {"k": 1})
print(list(Dyn.__dict__))
