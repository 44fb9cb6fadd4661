# match: mapping patterns with **rest, class patterns with __match_args__,
# dataclasses, namedtuples, builtins matching themselves, and the TypeErrors.
from collections import OrderedDict, defaultdict, namedtuple
from dataclasses import dataclass


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **extra} if extra:
            return f"key {k} with {extra}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"


for e in [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [5, 6], "btn": 1},
          {"type": "key", "key": "q", "ctrl": True}, {"type": "key", "key": "x"},
          {"type": "scroll"}, {"other": 1}, OrderedDict(type="ordered"), defaultdict(list),
          [("type", "click")], "type"]:
    print(handle(e))

# A mapping pattern looks keys up with get(): defaultdict's factory is not called.
d = defaultdict(int, a=1)
match d:
    case {"missing": _}:
        print("found missing")
    case {"a": 1, **rest}:
        print("rest", rest, "keys now", sorted(d))


@dataclass
class Point:
    x: int
    y: int


Pair = namedtuple("Pair", ["left", "right"])


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"a point {s}"
        case Circle(Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(c, r):
            return f"circle {c} r={r}"
        case Pair(left, right=Pair() as inner):
            return f"nested pair {left} {inner}"
        case Pair(l, r):
            return f"pair {l} {r}"
        case int(n) | float(n):
            return f"number {n!r}"
        case str(text) if text:
            return f"text {text!r}"
        case bool(b):
            return "unreachable: bool is an int"
        case list([first, *_]) | tuple((first, *_)):
            return f"starts with {first!r}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case _:
            return f"unknown {s!r}"


for s in [Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 20),
          Circle(Point(1, 1), 2), Pair(1, Pair(2, 3)), Pair("a", "b"), 7, 2.5, True, "hey", "",
          [4, 5], (6,), {"k": 1}, []]:
    print(shape(s))

print(Point.__match_args__, Pair.__match_args__)

# A namedtuple is also a sequence.
match Pair(1, 2):
    case [a, b]:
        print("unpacked namedtuple", a, b)


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class NotStrings:
    __match_args__ = ("x", 2)
    x = 1


class One:
    __match_args__ = ("v",)
    v = 1


def attempt(label, subject, fn):
    try:
        print(label, fn(subject))
    except TypeError as exc:
        print(label, "TypeError:", exc)


def p1(s):
    match s:
        case NoArgs(1):
            return "matched"


def p2(s):
    match s:
        case BadArgs(1):
            return "matched"


def p3(s):
    match s:
        case NotStrings(1, 2):
            return "matched"


def p4(s):
    match s:
        case One(1, v=1):
            return "matched"


def p5(s):
    match s:
        case One(1, 2):
            return "matched"


def p6(s):
    match s:
        case int(1, 2):
            return "matched"


def p7(s):
    notatype = len
    match s:
        case notatype():
            return "matched"


def p8(s):
    match s:
        case One(missing=1):
            return "matched"
        case _:
            return "missing attribute: no match"


attempt("no __match_args__:", NoArgs(), p1)
attempt("not an instance:", 5, p1)
attempt("list __match_args__:", BadArgs(), p2)
attempt("int in __match_args__:", NotStrings(), p3)
attempt("twice:", One(), p4)
attempt("too many:", One(), p5)
attempt("int(1, 2):", 1, p6)
attempt("not a type:", 1, p7)
attempt("missing:", One(), p8)
