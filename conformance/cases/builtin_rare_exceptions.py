# The rarer built-in exception classes exist, with CPython's hierarchy, and except* splits them.
import builtins
from builtins import len as builtin_len, range

for cls in (SystemError, ReferenceError, BufferError, EOFError, FloatingPointError,
            UnicodeTranslateError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
    print("  in builtins:", getattr(builtins, cls.__name__) is cls)


def read_header(data):
    if not data:
        raise EOFError("no header in an empty buffer")
    return data[:4]


for data in ("HEAD-rest", ""):
    try:
        print("header:", read_header(data))
    except EOFError as exc:
        print("caught", repr(exc))


def fail_both():
    problems = [OSError("disk is gone"), SystemError("bad internal state"), EOFError("short read")]
    raise ExceptionGroup("two kinds of trouble", problems)


try:
    fail_both()
except* SystemError as group:
    print("system:", [str(e) for e in group.exceptions])
except* (OSError, EOFError) as group:
    print("io:", sorted(type(e).__name__ for e in group.exceptions))

print(builtin_len(list(range(5))), builtins.max(3, 9), builtins.__name__)
try:
    from builtins import no_such_builtin
except ImportError as exc:
    print("ImportError:", exc)
raise SystemError("the last line names the class")
