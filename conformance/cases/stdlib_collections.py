# collections: deque (maxlen, rotate), defaultdict, Counter, namedtuple, OrderedDict, ChainMap.
import asyncio
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap

Event = namedtuple("Event", "when who what", defaults=["tick"])


async def producer(name, log):
    for i in range(3):
        await asyncio.sleep(0.1)
        log.append(Event(asyncio.get_running_loop().time(), name))


async def main():
    log = deque(maxlen=4)
    await asyncio.gather(producer("a", log), producer("b", log))
    print(len(log), log.maxlen, [e.who for e in log], log[0]._replace(what="tock"))
    log.rotate(1)
    print(log.popleft().who, log.pop().who, len(log))
    d = deque([1, 2, 3])
    d.appendleft(0)
    d.extend([4])
    d.rotate(-2)
    print(d, deque("ab", maxlen=1))
    by_who = defaultdict(list)
    for e in [Event(1, "x"), Event(2, "y"), Event(3, "x")]:
        by_who[e.who].append(e.when)
    print(by_who, dict(by_who))
    words = Counter("the cat and the hat and the bat".split())
    print(words.most_common(2), words["dog"], words.total())
    words.update(["cat", "cat"])
    print(words, Counter(a=2) + Counter(a=1, b=1), Counter(a=2) - Counter(a=3))
    e = Event(1.5, "z")
    print(e, e._asdict(), Event._fields, tuple(e), e == (1.5, "z", "tick"))
    try:
        Event(1)
    except TypeError as err:
        print("TypeError:", err)
    od = OrderedDict(one=1, two=2, three=3)
    od.move_to_end("one")
    print(od, od.popitem(last=False), list(od))
    cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
    print(cm["a"], cm["b"], sorted(cm), cm.new_child({"c": 4})["c"])


asyncio.run(main())
