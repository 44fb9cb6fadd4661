# enum: the functional API in all its name forms, membership errors, class
# reprs, reversed iteration, _missing_ and _ignore_, unique() with several
# aliases, reassigning members, and Flag pseudo-members and bad values.
import enum

print(list(enum.Enum("A", "X Y,Z")), list(enum.Enum("B", ["P", "Q"], start=10)))
print(list(enum.Enum("C", [("ONE", 1), ("TWO", 2)])), list(enum.Enum("D", {"K": "k", "L": "l"})))
E = enum.IntEnum("E", "LOW HIGH", module="mod", qualname="Outer.E")
print(E.LOW + 1, E.__module__, E.__qualname__, repr(E.HIGH))


class Planet(enum.Enum):
    _ignore_ = "scratch"
    scratch = 5
    MERCURY = (1, 2)
    VENUS = (3, 4)

    def __init__(self, mass, radius):
        self.mass = mass

    @classmethod
    def _missing_(cls, value):
        return cls.VENUS if value == "v" else None


print(Planet.MERCURY.mass, Planet("v"), list(reversed(Planet)), hasattr(Planet, "scratch"))
print(Planet, repr(Planet), len(Planet), bool(Planet), Planet.VENUS in Planet)


class Bad(enum.Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "nope"


try:
    @enum.unique
    class Many(enum.Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


for attempt in (lambda: Bad(2), lambda: Planet(9), lambda: setattr(Planet, "VENUS", 1),
                lambda: Perm(-9), lambda: Perm(-1)):
    try:
        attempt()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(repr(Perm), Perm(7), repr(Perm(6)), str(Perm(0)), list(Perm(5)), len(Perm(7)), Perm.R in Perm(6))
try:
    "R" in Perm.R
except TypeError as e:
    print("TypeError", e)
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
print(Perm(-1), Perm(-2))


class Bits(enum.IntFlag):
    A = 1
    B = 4


print(repr(Bits(7)), str(Bits(2)), repr(~Bits.A), Bits.A | Bits.B, list(Bits), [m.name for m in Bits(5)])
print([Perm._generate_next_value_("n", 1, c, [1, 2, 4][:c]) for c in range(3)])
print(enum.Enum._generate_next_value_("n", 1, 2, [1, "x", 5]))
