# return_exceptions=True puts exceptions into the result list instead.
import asyncio


async def ok(n):
    await asyncio.sleep(n)
    return n


async def bad(n):
    await asyncio.sleep(n)
    raise ValueError(f"bad {n}")


async def main():
    results = await asyncio.gather(ok(1), bad(2), ok(3), bad(0), return_exceptions=True)
    print(results)
    for r in results:
        print(type(r).__name__, r)


asyncio.run(main())
