# An unawaited coroutine kept in a global (or a list in one) is freed only
# at exit, when CPython warns about it as "sys:1".
import asyncio

later = asyncio.sleep(3)
jobs = [asyncio.to_thread(print, "never")]


async def main():
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("end")
