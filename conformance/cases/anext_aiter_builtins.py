# The aiter() and anext() builtins on async generators and async iterator classes, with and without a default.
import asyncio


async def countdown(n):
    while n:
        yield n
        n -= 1


class Ticks:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.n:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return f"tick {self.n}"


async def main():
    gen = countdown(2)
    print(aiter(gen) is gen)
    print(await anext(gen), await anext(gen), await anext(gen, "done"))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    ticks = aiter(Ticks(2))
    print(await anext(ticks), await anext(ticks), await anext(ticks, None))
    for bad in (aiter, anext):
        try:
            bad([1, 2])
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
