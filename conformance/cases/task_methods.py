# Task inspection: done, cancelled, result, exception, get_coro, get_name.
import asyncio


async def ok():
    await asyncio.sleep(1)
    return "fine"


async def bad():
    await asyncio.sleep(1)
    raise ValueError("bad input")


async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad(), name="the-bad-one")
    print(t1.done(), t1.cancelled(), t1.get_coro().__name__, t2.get_name())
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("too early:", e)
    await asyncio.sleep(2)
    print(t1.done(), t1.result(), t1.exception())
    print(t2.done(), t2.cancelled(), repr(t2.exception()))
    try:
        t2.result()
    except ValueError as e:
        print("result() re-raises:", e)


asyncio.run(main())
