# `from __future__ import annotations`: every annotation is kept as the
# text CPython's unparser writes back (its own spacing and parentheses),
# never evaluated, so names defined later are fine.
from __future__ import annotations

import dataclasses
import typing


def f(a: int | None, b: "str", c: list[dict[str, int]], d: typing.Optional[Node] = None, *,
      e: tuple[int, ...], g: Callable[[int], str], h: 1.5e-5 = 2, i: -1 = 0, j: a.b().c[1:2] = 0,
      k: (int, str) = 1, l: Literal['a', "b'c"] = 1, m: x if y else z = 1, n: lambda: 3 = 1,
      o: not x = 1, p: a and b or c = 1, q: f(x, *y, k=1, **z) = 1, r: [v for v in w if v] = 1,
      s: {1: 2, **d} = 1, t: {1, 2} = 1, u: a ** -b = 1, v: (a + b) * c = 1, w: a < b <= c = 1,
      x: ~a = 1, y: () = 1, z: (1,) = 1, aa: b'x' = 1, ab: Tuple[()] = 1, ac: 10**20 = 1,
      ad: 1e300*1e300 = 1, ae: True = 1, af: a[b:c:d, e] = 1, ag: ... = 1, ah: x[::2] = 1,
      ai: 0x1F = 1, ak: 2 - (3 - 4) = 1, al: (2 - 3) - 4 = 1,
      am: 2 ** 3 ** 4 = 1, an: (2 ** 3) ** 4 = 1, ao: -x ** 2 = 1, ap: {k: v for k, v in z} = 1,
      aq: (g for g in h) = 1, ar: 1 .real = 1, **kw: Mapping[str, Any]) -> Dict[str, 'int']:
    pass


for name, text in f.__annotations__.items():
    print(name, repr(text))


class Node:
    next: Node | None = None
    value: ClassVar[int] = 3


@dataclasses.dataclass
class Pair:
    left: Node
    right: list[Node] = dataclasses.field(default_factory=list)


print(Node.__annotations__)
print(Pair.__annotations__, [fl.type for fl in dataclasses.fields(Pair)])
print(Pair(Node()).right)
total: int = 0
print(__annotations__)


class Link:
    target: Node
    weight: float
    meta: typing.Any
    gone: None


def route(a: Link, b: Node, *, c: dataclasses.Field) -> None:
    pass


print(typing.get_type_hints(Link))
print(typing.get_type_hints(route))
