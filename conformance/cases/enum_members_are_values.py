# IntEnum, StrEnum and IntFlag members are real int/str instances: arithmetic, hashing, json, and 3.11's str()/format()/repr().
import enum, json
from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto
class Color(IntEnum):
    RED = 1
    GREEN = 2
class Shape(StrEnum):
    SQUARE = auto()
    ROUND = "round"
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
class Mixed(int, Enum):
    A = 1
class SMixed(str, Enum):
    B = "b"
c = Color.RED
print(repr(c), str(c), f"{c}", f"{c:>5}", format(c, "03d"), "%s %d %r" % (c, c, c), c + 1, c * 2.5, -c, c == 1, c < 2, hash(c) == hash(1))
print(isinstance(c, int), isinstance(Shape.ROUND, str), isinstance(Perm.R, int), type(c), Color(2), Color['GREEN'], int(c), [1, 2, 3][c])
print(json.dumps({"c": c, "s": Shape.SQUARE, "p": Perm.R | Perm.W, c: 1}), sorted([Color.GREEN, 0, Color.RED]))
print(repr(Shape.SQUARE), str(Shape.SQUARE), f"{Shape.ROUND}", Shape.ROUND.upper(), Shape.ROUND == "round", Shape("round"), "-".join(Shape))
rw = Perm.R | Perm.W
print(repr(rw), str(rw), f"{rw}", rw + 1, rw & 4, repr(rw & 4), repr(~Perm.R), repr(Perm(8)), repr(Perm.R | 8), list(rw), Perm.R in rw, bool(Perm(0)), repr(Perm(0)))
print(repr(Mixed.A), str(Mixed.A), f"{Mixed.A}", Mixed.A + 1, repr(SMixed.B), str(SMixed.B), f"{SMixed.B}", SMixed.B + "!", json.dumps(SMixed.B))
print(Color.RED.name, Color.RED.value, type(Color.RED.value), Color.__members__, Color._member_type_, Shape._member_type_)
print(dict.fromkeys(Color), {Color.RED: 'r'}[1], max(Color), list(reversed(Color)), Color.GREEN.bit_length(), Color.RED.real)
try:
    Color(7)
except ValueError as e: print(e)
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e: print(e)
F = IntEnum('F', 'A B C')
print(F.C, repr(F.C), F.C + F.B)
class Planet(float, Enum):
    MERCURY = 0.4
print(repr(Planet.MERCURY), Planet.MERCURY * 2, str(Planet.MERCURY))
print(f"{Perm.R!r} {Perm.R!s} {Color.GREEN:x} {Shape.SQUARE!r:>30}")
