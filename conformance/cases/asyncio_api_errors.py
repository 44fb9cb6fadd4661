# Error messages and reprs of wait, wait_for, as_completed, TaskGroup and
# Timeout when they are misused.
import asyncio


async def noop():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    coro = noop()
    checks = [
        lambda: asyncio.wait(fut),
        lambda: asyncio.wait([]),
        lambda: asyncio.wait([fut], return_when="SOMETIMES"),
        lambda: asyncio.wait([coro]),
    ]
    for make in checks:
        try:
            await make()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    coro.close()
    for bad in (fut, noop):
        try:
            asyncio.as_completed(bad)
        except TypeError as e:
            print("as_completed:", e)
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(e)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    tm = asyncio.timeout(5)
    print(repr(tm), tm.expired(), tm.when() - loop.time())
    try:
        tm.reschedule(1)
    except RuntimeError as e:
        print(e)
    async with tm:
        print(repr(tm))
        try:
            async with tm:
                pass
        except RuntimeError as e:
            print(e)
    print(repr(tm))
    try:
        tm.reschedule(1)
    except RuntimeError as e:
        print(e)
    fut.cancel()


asyncio.run(main())
