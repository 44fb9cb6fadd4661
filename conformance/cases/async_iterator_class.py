# async for over a class with __aiter__ / __anext__; StopAsyncIteration ends it.
import asyncio


class Ticks:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(1)
        return self.i


async def main():
    async for t in Ticks(3):
        print("tick", t)
    print("done at", asyncio.get_running_loop().time())


asyncio.run(main())
