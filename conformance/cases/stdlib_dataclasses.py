# dataclasses: defaults, default_factory, repr/eq/order/frozen, __post_init__, asdict/astuple/replace/fields.
import asyncio
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError


@dataclass
class Request:
    url: str
    retries: int = 3
    headers: dict = field(default_factory=dict)
    log: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        self.log.append(f"created {self.url}")


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


async def fetch(req):
    await asyncio.sleep(0.01 * req.retries)
    return replace(req, retries=req.retries - 1)


async def main():
    r = Request("a.example", headers={"x": "1"})
    print(r, r.log)
    r2 = await fetch(r)
    print(r2, r2 == Request("a.example", 2, {"x": "1"}), r == r2)
    print(asdict(r2), astuple(Version(1, 2)), [f.name for f in fields(Request)])
    print(sorted([Version(2), Version(1, 5), Version(1)]), Version(1) < Version(1, 1))
    print(hash(Version(3)) == hash(Version(3)))
    try:
        Version(1).major = 2
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    for args in [(), ("u", 1, {}, [], 5)]:
        try:
            Request(*args)
        except TypeError as e:
            print("TypeError:", e)
    try:
        @dataclass
        class Bad:
            items: list = []
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
