# CPython's wording for common TypeErrors and friends.
def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


attempt("int + str", lambda: 1 + "a")
attempt("str + int", lambda: "a" + 1)
nothing = None
attempt("call None", lambda: nothing())
attempt("len(int)", lambda: len(5))


def subscript_int():
    n = 5
    return n[0]


def assign_into_str():
    s = "abc"
    s[0] = "x"


attempt("subscript int", subscript_int)
attempt("str item assignment", assign_into_str)
attempt("unhashable", lambda: {[1]: 2})
attempt("int('x')", lambda: int("x"))
attempt("float('y')", lambda: float("y"))
attempt("missing arg", lambda: divmod(1))
attempt("list < int", lambda: [1] < 2)
attempt("index out", lambda: [1, 2][5])
attempt("tuple index", lambda: (1,)[3])
attempt("str index", lambda: "ab"[9])
attempt("not iterable", lambda: list(7))
attempt("too many args", lambda: (lambda a: a)(1, 2))
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("attribute", lambda: (1).foo)
attempt("none attribute", lambda: None.bar)
attempt("str * str", lambda: "abc" * "d")
