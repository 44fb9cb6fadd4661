# Two tasks take two locks in opposite orders: the classic deadlock.
import asyncio


async def worker(name, first, second):
    async with first:
        print(name, "took its first lock")
        await asyncio.sleep(1)
        async with second:
            print(name, "never gets here")


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(worker("left", a, b), worker("right", b, a))


asyncio.run(main())
