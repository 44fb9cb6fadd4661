# Benchmark: async generators consumed with `async for` and async
# comprehensions: 200,000 items through a three-stage chain.
import asyncio


async def numbers(n):
    for i in range(n):
        yield i
        if i % 1000 == 0:
            await asyncio.sleep(0)


async def scaled(source, k):
    async for x in source:
        yield x * k


async def odd_only(source):
    async for x in source:
        if x & 1:
            yield x


async def main():
    total = 0
    async for v in odd_only(scaled(numbers(150_000), 3)):
        total += v
    firsts = [x async for x in scaled(numbers(50_000), 2) if x % 7 == 0]
    print("async generators", total, len(firsts), firsts[-1])


asyncio.run(main())
