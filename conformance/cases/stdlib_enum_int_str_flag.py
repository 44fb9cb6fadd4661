# IntEnum, StrEnum, Flag and IntFlag: 3.11's repr/str/format, value comparisons and bit operations.
import enum


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 5


class Mode(enum.StrEnum):
    READ = enum.auto()
    WRITE = 'w'


class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()


class Bits(enum.IntFlag):
    ONE = 1
    TWO = 2


print(repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.LOW}", Priority.HIGH > Priority.LOW)
print(Priority.HIGH == 5, Priority.LOW + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(5))
print(repr(Mode.READ), str(Mode.READ), f"{Mode.WRITE}", Mode.WRITE == 'w', Mode.READ.upper())
rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)))
print(list(Perm.R | Perm.X), repr(~Perm.R), rw & Perm.W)
print(repr(Bits.ONE | Bits.TWO), str(Bits.ONE | Bits.TWO), Bits.ONE | 4, repr(Bits.TWO | 8))


class Status(str, enum.Enum):
    OK = "ok"


class Level(int, enum.Enum):
    LOW = 1


print(repr(Status.OK), str(Status.OK), f"{Status.OK}", Status.OK == "ok", Status.OK.upper(), Status("ok"))
print(repr(Level.LOW), str(Level.LOW), Level.LOW + 1, Level.LOW == 1, ["a", "b"][Priority.LOW])
