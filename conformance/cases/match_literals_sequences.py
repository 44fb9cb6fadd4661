# match: literal, singleton, value, capture, wildcard, sequence and OR patterns.
class Mode:
    FAST = "fast"
    SLOW = "slow"


def classify(value):
    match value:
        case None:
            return "None"
        case True:
            return "True (only True itself)"
        case 0 | 1 | 2:
            return f"small {value!r}"
        case -7:
            return "minus seven"
        case 0.25:
            return "a quarter"
        case "spam" "eggs":
            return "concatenated literal"
        case Mode.FAST | Mode.SLOW:
            return f"mode {value}"
        case []:
            return "empty sequence"
        case [only]:
            return f"one element {only!r}"
        case [1, *tail]:
            return f"starts with 1, then {tail}"
        case [head, *_, last]:
            return f"{head}..{last}"
        case (str() as word, int(count)) if count > 0:
            return f"{count} x {word}"
        case _:
            return f"something else: {type(value).__name__}"


samples = [None, True, False, 0, 1, 2, 1.0, -7, 0.25, "spameggs", "fast", "slow",
           [], (), [9], ("x",), [1, 2, 3], (1,), (5, 6, 7, 8), range(4), "abc", 3,
           {"a": 1}, {1, 2}, ("ab", 3), ["ab", 0], ("ab", 2, 3)]
for s in samples:
    print(repr(s), "->", classify(s))

# Strings are not sequences for patterns; tuples and lists match each other's syntax.
match "ab":
    case [a, b]:
        print("string unpacked?", a, b)
    case str():
        print("a string stays whole")

match [1, [2, [3, 4]]]:
    case (x, (y, [z, w])):
        print("nested", x, y, z, w)

# The subject can be a tuple without parentheses.
match 3, "go":
    case n, "go" if n > 2:
        print("go", n)

# Bindings happen only when the whole pattern matches.
seen = "unset"
match [1, 2]:
    case [seen, 3]:
        print("no")
    case _:
        print("seen after a failed case:", seen)

# A guard that fails falls through to the next case; names it saw stay bound.
match 10:
    case n if n < 5:
        print("small")
    case m:
        print("guard failed, n =", n, "m =", m)

# OR patterns binding the same names.
for item in [("point", 1, 2), ("vec", 3, 4), ("other", 0, 0)]:
    match item:
        case ("point", x, y) | ("vec", x, y):
            print(item[0], x + y)
        case (kind, *_):
            print("kind", kind)

# `as` on a whole sequence and inside it.
match [3, [4, 5]]:
    case [int() as first, [_, _] as pair] as whole:
        print(first, pair, whole)

# The star capture is always a list.
match (1, 2, 3, 4):
    case (first, *middle, last):
        print(first, middle, last, type(middle).__name__)

# Loops: break and continue inside a case.
for v in range(6):
    match v % 3:
        case 0:
            continue
        case 1:
            print("one at", v)
        case _:
            if v > 3:
                break
            print("two at", v)
print("done")
