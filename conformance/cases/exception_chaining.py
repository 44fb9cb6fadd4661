# raise X from Y: the traceback shows both, its last line is the new error.
class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad setting {text!r}") from e


try:
    load("x")
except ConfigError as e:
    print("cause:", repr(e.__cause__), "suppressed:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)

print(load("42"))
load("forty-two")
