# Tutorials subclass dict: a handler registry, a counting dict with
# __missing__, a dict that normalises its keys, attributes on the instance.
import asyncio
import json


class Registry(dict):
    def register(self, name):
        def decorator(fn):
            self[name] = fn
            return fn
        return decorator


handlers = Registry()


@handlers.register("ping")
async def ping(n):
    await asyncio.sleep(0.1)
    return f"pong {n}"


class Tally(dict):
    def __missing__(self, key):
        return 0


class Caseless(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.writes = 0
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def __repr__(self):
        return f"Caseless({dict.__repr__(self)}, writes={self.writes})"


async def main():
    print(type(handlers).__name__, isinstance(handlers, dict), list(handlers), len(handlers))
    print(await handlers["ping"](3))
    tally = Tally()
    for word in "a b a c a b".split():
        tally[word] += 1
    print(tally, tally["zzz"], "zzz" in tally, tally.get("zzz"), sorted(tally.items()))
    c = Caseless({"Host": "x"}, Port=80)
    c["TIMEOUT"] = 5
    print(c, c["host"], c["PORT"], c.writes, vars(c))
    print(json.dumps(tally), json.dumps(c, sort_keys=True))
    print(tally == {"a": 3, "b": 2, "c": 1}, {"a": 3, "b": 2, "c": 1} == tally, tally != {})
    print(type(tally.copy()).__name__, type(tally | {"d": 4}).__name__, dict(c))
    tally |= {"e": 5}
    print(type(tally).__name__, tally["e"], Tally.fromkeys("xy", 1), type(Tally.fromkeys("xy")).__name__)
    print(str(tally), f"{tally}", bool(Tally()), [k for k in Tally(z=1)])
    tally.note = "extra"
    print(tally.note, tally.__dict__)
    del tally["a"]
    print(tally, tally.pop("b"), tally.setdefault("q", 9), tally)
    try:
        hash(tally)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Registry()["missing"]
    except KeyError as e:
        print("KeyError:", e)


asyncio.run(main())
