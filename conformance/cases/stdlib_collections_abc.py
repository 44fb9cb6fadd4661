# collections.abc: isinstance/issubclass by methods (Awaitable, Iterator, Callable, Hashable) and by registration (Sequence, Mapping).
import asyncio
import collections
from collections.abc import (AsyncIterator, Awaitable, Callable, Coroutine, Generator, Hashable, Iterable,
                             Iterator, Mapping, MutableMapping, MutableSequence, Sequence, Sized)


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return self.n


class Unhashable:
    __hash__ = None


async def job():
    return 1


def gen():
    yield 1


async def main():
    coro = job()
    task = asyncio.ensure_future(job())
    print(isinstance(coro, Awaitable), isinstance(coro, Coroutine), isinstance(task, Awaitable))
    print(isinstance(gen(), Iterator), isinstance(gen(), Generator), isinstance([], Iterator), isinstance([], Iterable))
    print(isinstance(Ticker(2), AsyncIterator), [n async for n in Ticker(2)], isinstance(len, Callable), isinstance(3, Callable))
    print(isinstance(1, Hashable), isinstance([], Hashable), isinstance(Unhashable(), Hashable), isinstance("s", Sized))
    print(isinstance("abc", Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence))
    print(isinstance({}, Mapping), issubclass(dict, MutableMapping), isinstance(collections.Counter(), Mapping))
    print(isinstance(collections.deque(), MutableSequence), isinstance(collections.OrderedDict(), MutableMapping))
    await coro
    await task


asyncio.run(main())
