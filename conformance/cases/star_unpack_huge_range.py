# Unpacking a range too long for any list fails at once, as CPython sizes it first.
def attempt(label, make):
    try:
        make()
    except (OverflowError, MemoryError) as e:
        print(label, type(e).__name__, e)

huge = range(10 ** 21)
attempt("call", lambda: print(*huge, sep=", "))
attempt("list display", lambda: [*huge])
attempt("list()", lambda: list(huge))
attempt("tuple()", lambda: tuple(huge))
print(*range(3), sep=", ")
