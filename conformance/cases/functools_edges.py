# functools beyond the basics: nested partials and their reprs, partialmethod,
# update_wrapper's __dict__ copy, reduce's initial value, lru_cache's typed
# keys and bounds, total_ordering from each root, cmp_to_key,
# cached_property naming, singledispatch, singledispatchmethod.
import functools
import operator


def f(a, b, c=0, *, d=1):
    return (a, b, c, d)


p = functools.partial(f, 1, d=4)
pp = functools.partial(p, 2, c=3)
print(pp(), pp(d=9), pp.args, pp.keywords, pp.func is f, repr(pp).split(">", 1)[1])
try:
    functools.partial(3)
except TypeError as e:
    print(e)


class Account:
    def deposit(self, amount, note=""):
        return f"{amount} {note}"
    small = functools.partialmethod(deposit, 5, note="small")


print(Account().small(), Account.small is Account.__dict__["small"])


def orig():
    "doc"
orig.extra = 1


@functools.wraps(orig)
def wrapper():
    pass


print(wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is orig)
print(functools.reduce(lambda a, b: a - b, [10, 1, 2], 100), functools.reduce(lambda a, b: a + b, "xyz"))
try:
    functools.reduce(max, [])
except TypeError as e:
    print(e)
calls = []


@functools.lru_cache(maxsize=2, typed=True)
def ident(x, *, k=None):
    calls.append(x)
    return x


for v in (1, 1.0, 1, True, 2, 3, 1, (1,)):
    ident(v)
ident(2, k=5)
print(calls, ident.cache_info(), ident.cache_parameters())
zero = functools.lru_cache(maxsize=-3)(lambda x: x)
zero(1), zero(1)
print(zero.cache_info(), functools.lru_cache(lambda: 7)(), functools.cache(len)("ab"))
try:
    functools.lru_cache("big")
except TypeError as e:
    print(e)
for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    op = getattr(operator, root)
    ns = {"__init__": lambda self, v: setattr(self, "v", v), "__eq__": lambda a, b: a.v == b.v,
          root: lambda a, b, op=op: op(a.v, b.v)}
    C = functools.total_ordering(type("C", (), ns))
    print(root, [(C(1) < C(2), C(2) <= C(2), C(3) > C(2), C(1) >= C(2)) ], C.__lt__.__name__)
try:
    functools.total_ordering(type("Bare", (), {}))
except ValueError as e:
    print(e)
key = functools.cmp_to_key(lambda a, b: (a % 10) - (b % 10))
print(sorted([21, 13, 5, 32], key=key), key(3) < key(14), key(3) == key(13), key(3) >= key(4))


class Shape:
    @functools.cached_property
    def area(self):
        print("computing")
        return 6


s = Shape()
print(s.area, s.area, "area" in vars(s), Shape.area.attrname)
twice = functools.cached_property(lambda self: 1)
twice.__set_name__(Shape, "first")
try:
    twice.__set_name__(Shape, "second")
except TypeError as e:
    print(e)


@functools.singledispatch
def kind(x):
    return "object"


@kind.register(list)
def _(x):
    return "list"


@kind.register(float)
def _(x):
    return "float"


print(kind([1]), kind(1.5), kind(True), kind.dispatch(bool) is kind.dispatch(object), sorted(c.__name__ for c in kind.registry))
try:
    kind()
except TypeError as e:
    print(e)


class Fmt:
    @functools.singledispatchmethod
    def show(self, x):
        return "thing"

    @show.register(int)
    def _(self, x):
        return "int"


print(Fmt().show(1), Fmt().show("s"))
