# Private names in nested classes, global statements and annotations; the class's own names stay unmangled.


class _Hidden:
    def __init__(self):
        self.__v = 1

class ___:
    def __init__(self):
        self.__v = 2
        self.__ok__ = 3

print(vars(_Hidden()), vars(___()))


class Outer:
    __secret = "outer"

    class __Inner:
        __deep = 4

        def get(self):
            return self.__deep

    def make(self):
        return self.__Inner().get(), type(self.__Inner()).__name__, self.__secret

    def __getattr__(self, name):
        return "missing " + name

o = Outer()
print(o.make(), o.__secret, sorted(k for k in Outer.__dict__ if not k.startswith("__")))


def outside(obj):
    return obj.__v

try:
    outside(_Hidden())
except AttributeError as e:
    print(e)


class Glob:
    def setg(self):
        global __gv
        __gv = 7
        return __gv

print(Glob().setg(), "_Glob__gv" in globals())


class Ann:
    __a: int = 1
    def f(self, __p: str, *, __k=2) -> None:
        __local = __p
        return __local, __k
print(Ann.__annotations__, Ann.f.__annotations__, Ann.f.__kwdefaults__, Ann().f("p"))
print(Ann.f.__name__, Outer._Outer__Inner.__qualname__)
