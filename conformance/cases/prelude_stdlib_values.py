# Small behaviours of prelude modules: dataclass Field repr, ChainMap deletion,
# timedelta/timezone arithmetic, date formatting errors, StrEnum, functools edges.
import collections, dataclasses, datetime, enum, functools, re


@dataclasses.dataclass
class Point:
    x: int = 1
    y: list = dataclasses.field(default_factory=list, repr=False, metadata={"u": 1})

for f in dataclasses.fields(Point):
    # (metadata left out: Loopscope shows a dict where CPython shows a mappingproxy)
    print(re.sub(r" at 0x[0-9a-f]+|metadata=.*?,(?=kw_only)", "", repr(f)))

cm = collections.ChainMap({"a": 1}, {"b": 2})
del cm["a"]
for key in ("a", "b"):
    try:
        del cm[key]
    except KeyError as e:
        print("KeyError:", e)

d = datetime.timedelta(hours=1)
print(d.__rsub__(datetime.timedelta(hours=3)), -d, d.__radd__(d))
print(d.__rsub__(3), d.__sub__(3), d.__add__("x"))
tz = datetime.timezone(datetime.timedelta(hours=2))
print(tz == datetime.timezone(datetime.timedelta(hours=2), "x"), tz == 5, tz.__eq__(5))
print(hash(tz) == hash(datetime.timedelta(hours=2)), repr(tz), repr(datetime.timezone.utc))
print(repr(datetime.timezone(datetime.timedelta(hours=-3), "W")))
day = datetime.date(2024, 2, 29)
print(format(day), format(day, "%d/%m"), f"{day:%Y}")
for bad in (5, None):
    try:
        day.__format__(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    datetime.date(2024.0, 1, 1)
except TypeError as e:
    print("TypeError:", e)


class Color(enum.StrEnum):
    RED = "r"
    BLUE = enum.auto()

print(repr(Color.RED), Color.BLUE.value, Color("r") is Color.RED, isinstance(Color.RED, str))


class Box:
    def __init__(self):
        self.n = 0

    @functools.cached_property
    def size(self):
        "The size, computed once."
        self.n += 1
        return self.n * 10

b = Box()
print(b.size, b.size, b.n, Box.size.attrname, Box.size.__doc__)


@functools.singledispatch
def show(x):
    return "object"

try:
    show.register(5)
except TypeError as e:
    print("TypeError:", e)
show.register(int, lambda x: "int")
print(show(1), show("s"))
