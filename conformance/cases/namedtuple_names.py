# namedtuple's field names: strings with commas, rename=True, keywords, underscores, duplicates, defaults.
from collections import namedtuple

P = namedtuple("P", "x, y  z", defaults=[0, 1])
print(P(5), P._fields, P._field_defaults)
R = namedtuple("R", ["ok", "def", "_hidden", "ok", "2bad", "fine"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))
print(namedtuple(3 * "A", iter(["a", "b"]))(1, 2))
for args in [("T", "class x"), ("T", "a _b"), ("T", "a a"), ("for", "a"), ("T", "a b", [1, 2, 3]), ("T", "a-b")]:
    try:
        namedtuple(*args[:2], defaults=args[2] if len(args) > 2 else None)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
