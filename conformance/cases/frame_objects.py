# Frame objects from sys._getframe(): the code's name and file, the line the
# frame is at, the caller through f_back, and the frame's locals and globals.
import sys

LIMIT = 3


def describe(f):
    return f"{f.f_code.co_name} line {f.f_lineno} in {f.f_code.co_filename}"


def inner(a, b=2):
    total = a + b
    f = sys._getframe()
    print(describe(f))
    print(describe(f.f_back))
    print(sorted((k, v) for k, v in f.f_locals.items() if k != "f"))
    print("LIMIT" in f.f_globals, f.f_globals["LIMIT"])
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    return total


def outer():
    x = "outer local"
    return inner(1)


print(outer())


def chain():
    names = []
    f = sys._getframe()
    while f.f_code.co_name != "<module>":
        names.append(f.f_code.co_name)
        f = f.f_back
    return names + [f.f_code.co_name, f.f_lineno]


print((lambda: chain())())


def closure():
    captured = 10

    def use():
        return captured + 1
    print(sorted(sys._getframe().f_locals))
    return use()


print(closure())
