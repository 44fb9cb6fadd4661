# An async generator feeds async for; it can await between items.
import asyncio


async def countdown(n, delay):
    while n > 0:
        await asyncio.sleep(delay)
        yield n
        n -= 1


async def main():
    async for i in countdown(3, 0.5):
        print("got", i, "at", asyncio.get_running_loop().time())
    squares = [x * x async for x in countdown(4, 0)]
    print(squares)


asyncio.run(main())
