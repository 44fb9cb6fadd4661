# dataclasses: asdict/astuple walking nested dataclasses, lists, tuples,
# dicts and named tuples (copies, not shared objects), replace() rules,
# field() and fields() errors, Field reprs, make_dataclass, KW_ONLY, InitVar.
from collections import namedtuple
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, InitVar, KW_ONLY, MISSING)

Point = namedtuple("Point", "x y")


@dataclass
class Leaf:
    tag: str
    where: Point = Point(0, 0)


@dataclass
class Tree:
    name: str
    leaves: list = field(default_factory=list)
    index: dict = field(default_factory=dict)
    pair: tuple = ()
    hidden: int = field(default=7, init=False, repr=False)
    scale: InitVar[int] = 1
    _: KW_ONLY
    label: str = "t"

    def __post_init__(self, scale):
        self.hidden *= scale


t = Tree("root", [Leaf("a"), Leaf("b", Point(1, 2))], {"k": Leaf("c")}, (Leaf("d"), 5), 3, label="L")
d = asdict(t)
print(d)
print(astuple(t))
print(d["leaves"][0] is t.leaves[0], type(d["pair"]).__name__, type(astuple(t)[2]["k"]).__name__)
print(asdict(t, dict_factory=lambda pairs: [k for k, _ in pairs]))
print(astuple(Leaf("z"), tuple_factory=list))
r = replace(t, name="copy", scale=2)
print(r, r.hidden, r.leaves is t.leaves)
for bad in (lambda: replace(t, hidden=1), lambda: replace(Leaf, tag="x"), lambda: asdict(Leaf),
            lambda: astuple(3), lambda: fields(3), lambda: field(default=1, default_factory=list)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([f.name for f in fields(t)], is_dataclass(t), is_dataclass(Tree), is_dataclass(3))
w = fields(Leaf)[1]
print(w.name, w.type, w.default, w.default_factory is MISSING, w.metadata, w.kw_only, field().kw_only is MISSING)
C = make_dataclass("C", ["a", ("b", int), ("c", list, field(default_factory=list))], frozen=True)
print(C(1, 2), C(1, 2) == C(1, 2), fields(C)[0].type, fields(C)[1].type)
try:
    @dataclass
    class Untyped:
        x: int
        y = field(default=1)
except TypeError as e:
    print("TypeError", e)
