# IntEnum and StrEnum members passed to builtins, math, str.format, time.sleep and asyncio.sleep act as their int/str values.
import math, time, asyncio, random, json, datetime
from enum import IntEnum, StrEnum
class N(IntEnum):
    TWO = 2
    THREE = 3
class S(StrEnum):
    A = "ab"
tests = [lambda: list(range(N.THREE)), lambda: [0] * N.TWO, lambda: "x" * N.THREE, lambda: (1, 2, 3)[N.TWO], lambda: "abc"[N.TWO],
         lambda: chr(65 + N.TWO), lambda: bin(N.THREE), lambda: hex(N.THREE), lambda: oct(N.THREE), lambda: format(N.THREE, "b"),
         lambda: int(N.TWO), lambda: float(N.TWO), lambda: math.sqrt(N.THREE * 3), lambda: math.floor(N.TWO), lambda: round(2.567, N.TWO),
         lambda: pow(N.TWO, N.THREE), lambda: pow(N.TWO, N.THREE, 5), lambda: divmod(N.THREE, N.TWO), lambda: N.THREE ** 2, lambda: N.TWO << 3,
         lambda: abs(-N.TWO), lambda: max(N, key=int), lambda: sum(N), lambda: sorted(N, reverse=True), lambda: "%x %o %e" % (N.THREE, N.THREE, N.THREE),
         lambda: "{:>5}|{!r}".format(N.TWO, N.TWO), lambda: time.sleep(N.TWO), lambda: random.Random(N.TWO).randint(1, N.THREE),
         lambda: datetime.timedelta(seconds=N.THREE), lambda: "abc".split("b", N.TWO), lambda: [1, 2, 3, 4][:N.TWO], lambda: {N.TWO: 1}.get(2),
         lambda: S.A.split("b"), lambda: S.A in "xaby", lambda: "x" + S.A, lambda: S.A * 2, lambda: "-".join([S.A, "c"]), lambda: S.A.encode(),
         lambda: len(S.A), lambda: S.A[0], lambda: list(S.A), lambda: "%s|%5s" % (S.A, S.A), lambda: json.loads(json.dumps({S.A: N.TWO})),
         lambda: int(S("ab").replace("ab", "7")), lambda: hash(S.A) == hash("ab"), lambda: sorted([S.A, "aa"]), lambda: S.A.__class__.__mro__[2]]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
async def main():
    await asyncio.sleep(N.TWO)
    print("slept", asyncio.get_running_loop().time() >= 2)
asyncio.run(main())
