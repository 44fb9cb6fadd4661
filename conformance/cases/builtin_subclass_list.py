# list and set subclasses: extra methods, overridden append/__getitem__,
# in-place operators keeping the subclass, slices and sums giving plain lists.
import asyncio


class History(list):
    def __init__(self, limit, items=()):
        super().__init__(items)
        self.limit = limit

    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            del self[0]

    def latest(self):
        return self[-1] if self else None


class Wrapping(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            return super().__getitem__(i % len(self))
        return super().__getitem__(i)


class Tags(set):
    def add(self, tag):
        super().add(tag.lower())

    def __repr__(self):
        return "Tags(" + ", ".join(sorted(self)) + ")"


async def producer(history, n):
    for i in range(n):
        await asyncio.sleep(0.01)
        history.append(i)


async def main():
    h = History(3)
    await asyncio.gather(producer(h, 5), producer(h, 2))
    print(h, h.latest(), h.limit, len(h), type(h).__name__, isinstance(h, list))
    print(h[1:], type(h[1:]).__name__, h + [9], type(h + [9]).__name__, sorted(h), sum(h), 4 in h)
    h += [7, 8]
    print(h, type(h).__name__, h * 2 == list(h) * 2, list(reversed(h)), h.index(7), h.count(4))
    w = Wrapping("abc")
    print(w[4], w[-5], w[0:2], list(w), [x for x in w], w == ["a", "b", "c"], w < ["b"])
    w.sort(reverse=True)
    print(w, w.pop(), w, repr(w), str(w), f"{w!r}", bool(Wrapping()))
    t = Tags()
    for tag in ["Async", "IO", "async"]:
        t.add(tag)
    print(t, len(t), "io" in t, sorted(t | {"x"}), type(t | {"x"}).__name__, type(t).__name__)
    t |= {"loop"}
    print(t, type(t).__name__, sorted(t & {"io", "loop"}), t == {"async", "io", "loop"})
    t.owner = "me"
    print(vars(t), t.owner, frozenset(t) == t)
    class Frozen(frozenset):
        pass
    f = Frozen([1, 2])
    print(f, hash(f) == hash(frozenset([1, 2])), {f: "ok"}[frozenset([1, 2])], Frozen(), set(f))


asyncio.run(main())
