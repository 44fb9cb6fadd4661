# Ten tasks sleep for the same second; they wake in the heap's pop order.
import asyncio


async def sleeper(i, woke):
    await asyncio.sleep(1)
    woke.append(i)


async def main():
    woke = []
    await asyncio.gather(*(sleeper(i, woke) for i in range(10)))
    print(woke)


asyncio.run(main())
