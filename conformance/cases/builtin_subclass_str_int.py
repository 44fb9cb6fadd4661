# Subclasses of the value types: str with extra methods and a __new__ that
# sets attributes, int and float with their own repr/str, bytes.
import asyncio
import json


class TaskName(str):
    def __new__(cls, value, group="default"):
        self = super().__new__(cls, value)
        self.group = group
        return self

    def tagged(self):
        return f"[{self.group}] {self.upper()}"


class Seconds(float):
    def __str__(self):
        return f"{float(self):.2f}s"


class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

    def __add__(self, other):
        return Money(int(self) + int(other))


class Header(bytes):
    def field(self):
        return self.split(b":")[0].decode()


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    names = [TaskName("fetch", "net"), TaskName("parse")]
    results = await asyncio.gather(*(job(n, Seconds(0.5)) for n in names))
    print(results, [r.tagged() for r in results], [type(r).__name__ for r in results])
    n = names[0]
    print(n, repr(n), n == "fetch", "fetch" == n, n + "!", "<" + n, n * 2, n[1:], n.group, vars(n))
    print(len(n), "et" in n, "e" in n, list(n)[:2], n.startswith("fe"), "-".join(names), f"{n:>8}|", "%s/%r" % (n, n))
    print({n: 1}["fetch"], hash(n) == hash("fetch"), sorted(names), str(n), type(str(n)).__name__, n.title())
    s = Seconds(1.5)
    print(s, repr(s), f"{s}", f"{s:.3f}", s + 1, type(s + 1).__name__, s > 1, round(s), int(s), -s)
    m = Money(5)
    print(m, m + 2, type(m + 2).__name__, 2 + m, type(2 + m).__name__, m * 3, m == 5, m // 2, divmod(m, 2))
    print(f"{m}", f"{m:03d}", "%d" % m, [0, 1, 2, 3, 4, 5][m], range(m), bool(Money(0)), m.bit_length(), abs(Money(-2)))
    print(isinstance(m, int), Money(), repr(str.__new__(TaskName)), Seconds(), hex(m), max(m, Money(7)))
    h = Header(b"Host: x")
    print(h, h.field(), len(h), h[0], h.upper(), type(h.upper()).__name__, h == b"Host: x", h + b"!")
    print(json.dumps({"name": n, "cost": m, "took": s}), json.dumps(names))


asyncio.run(main())
