# A RecursionError from awaiting ever deeper coroutines: the coroutine whose
# start failed does not count as "never awaited".
import asyncio


async def r(n):
    return await r(n + 1)


async def main():
    try:
        await r(0)
    except RecursionError as e:
        print("caught:", e)
    await r(0)


asyncio.run(main())
