# A coroutine object can be awaited only once.
import asyncio


async def answer():
    return 42


async def main():
    coro = answer()
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(type(coro).__name__, asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(answer))


asyncio.run(main())
