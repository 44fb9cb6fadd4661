# functools: wraps, lru_cache (cache_info/cache_clear), cache, reduce, total_ordering, partial, cached_property, singledispatch.
import asyncio
import functools


def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        loop = asyncio.get_running_loop()
        start = loop.time()
        result = await fn(*args, **kwargs)
        print(f"{fn.__name__} took {loop.time() - start:.2f}s")
        return result
    return wrapper


@timed
async def download(n):
    """Pretend to download."""
    await asyncio.sleep(n)
    return n * 10


@functools.lru_cache(maxsize=2)
def square(n):
    return n * n


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.total_ordering
class Job:
    def __init__(self, p):
        self.p = p

    def __eq__(self, other):
        return self.p == other.p

    def __lt__(self, other):
        return self.p < other.p


class Report:
    @functools.cached_property
    def total(self):
        print("computing total")
        return 42


@functools.singledispatch
def describe(x):
    return "something"


@describe.register(int)
def _(x):
    return "an int"


async def main():
    print(await download(0.5), download.__name__, download.__doc__)
    print([square(n) for n in (2, 2, 3, 4, 2)], square.cache_info())
    square.cache_clear()
    print(square.cache_info(), fib(80), fib.cache_info().hits)
    print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [], 0))
    print(Job(1) <= Job(2), Job(3) >= Job(4), Job(2) > Job(1))
    r = Report()
    print(r.total, r.total)
    print(describe(1), describe("s"), describe(True))
    add5 = functools.partial(lambda a, b: a + b, 5)
    print(add5(1), await asyncio.gather(*[asyncio.to_thread(add5, i) for i in range(3)]))


asyncio.run(main())
