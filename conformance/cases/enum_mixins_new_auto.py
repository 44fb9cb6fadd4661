# Enum data-type mixins with __new__/__init__, auto() inside the class body, Flag aliases, IntEnum in match, int/str methods on members.
from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto, unique
class Planet(Enum):
    EARTH = (5.9e24, 6.3e6)
    MARS = (6.4e23, 3.3e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, repr(Planet.MARS))
class Coin(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    PENNY = 1, "penny"
    DIME = 10, "dime"
print(Coin.DIME + Coin.PENNY, Coin.DIME.label, repr(Coin(10)), str(Coin.PENNY), f"{Coin.DIME}")
class Level(IntEnum):
    LOW = auto()
    HIGH = auto()
    def describe(self):
        return f"{self.name.lower()}={self}"
print(Level.HIGH.describe(), Level.LOW < Level.HIGH, sorted([Level.HIGH, Level.LOW]), Level.HIGH in (2, 3), 2 in Level.__members__.values())
match Level.HIGH:
    case 1: print("one")
    case Level.HIGH: print("high")
class Perm(IntFlag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X
print(repr(Perm.RWX), list(Perm), Perm(7), repr(Perm.R ^ Perm.RWX), Perm.R | 1, isinstance(Perm.R | Perm.W, Perm), Perm.W << 1, type(Perm.W << 1))
class Color(Flag):
    RED = auto()
    BLUE = auto()
print(repr(Color.RED | Color.BLUE), str(Color.RED), f"{Color.BLUE}", repr(~Color.RED))
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
print({Http.OK: "fine"}, "%d %s %5.1f %x" % (Http.OK, Http.OK, Http.OK, Http.NOT_FOUND), str(Http.OK).zfill(5), round(Http.OK), Http.OK // 3, divmod(Http.NOT_FOUND, 100))
print(Http.OK.__class__.__mro__)
print(StrEnum.__mro__, IntFlag.__mro__)
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ.value, Mode("w"), Mode.WRITE.replace("w", "W"), list(Mode), Mode.READ == "read", {"read": 1}[Mode.READ], Mode.READ.startswith("re"), len(Mode.READ))
try:
    Mode("x")
except ValueError as e: print(e)
try:
    Http.OK = 3
except AttributeError as e: print(e)
print(Http(200) is Http.OK, Http.OK.value.__class__, Coin.__dict__.get('__new__') is Enum.__new__, hash(Mode.READ) == hash("read"))
import json
print(json.dumps([Http.OK, Mode.READ, Perm.R | Perm.X]), json.dumps({Mode.READ: Http.OK}))
