# wait_for returns the result when the awaitable finishes before the timeout.
import asyncio


async def quick(x):
    await asyncio.sleep(1)
    return x + 1


async def main():
    print(await asyncio.wait_for(quick(1), timeout=5))
    print(await asyncio.wait_for(quick(10), timeout=None))
    print("at", asyncio.get_running_loop().time())


asyncio.run(main())
