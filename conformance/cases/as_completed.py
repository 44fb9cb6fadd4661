# as_completed yields awaitables in the order the results arrive.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}s"


async def main():
    coros = [fetch("a", 3), fetch("b", 1), fetch("c", 2)]
    for fut in asyncio.as_completed(coros):
        print(await fut)
    try:
        for fut in asyncio.as_completed([fetch("slow", 5)], timeout=1):
            await fut
    except TimeoutError:
        print("as_completed timed out at", asyncio.get_running_loop().time())


asyncio.run(main())
