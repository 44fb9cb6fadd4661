# Integer edge values that once trapped the engine: each ends as CPython ends it.
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("len", lambda: len(range(-2**63, 2**63 - 1)))
show("contains", lambda: (2**63 - 2) in range(-2**63, 2**63 - 1))
show("slice step", lambda: [1, 2, 3][::-2**63])
show("reversed", lambda: list(reversed(range(0, -2**63, -2**63))))
show("round", lambda: round(5, 2**63))
show("round far", lambda: round(123456789, -40))
show("shift", lambda: 1 << (2**63 - 1))
show("gcd", lambda: math.gcd(-2**63, 0))
show("range index", lambda: range(-2**63, 2**63)[2**64 - 1])
show("range slice", lambda: range(-2**63, 2**63 - 1)[::2**63])
show("long range", lambda: list(range(2**64, 2**64 + 3)))
show("range count", lambda: range(0, 2**64, 3).count(2**63 + 1))
show("range eq", lambda: range(0, 2**70, 2**69) == range(0, 2**70 + 1, 2**69))
show("bool", lambda: bool(range(2**100, 2**100 + 1)))
for i, x in enumerate(reversed(range(2**63 - 2, -2**63, -2**62))):
    print("rev", i, x)
