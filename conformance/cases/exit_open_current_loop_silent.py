# Tasks left on the current event loop (asyncio.get_event_loop()) that is
# never closed: at exit CPython frees that loop, and everything it reaches
# (the tasks, their coroutines, the program's globals), only after sys is
# torn down, so nothing is reported: no "Task was destroyed", no "never
# awaited", no generator finally.
import asyncio


async def quick():
    print("quick ran")


async def waiter(event):
    try:
        await event.wait()
    finally:
        print("waiter finally")


def numbers():
    try:
        yield 1
    finally:
        print("numbers finally")


async def main():
    global parked
    parked = asyncio.create_task(waiter(asyncio.Event()))
    asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("main done")


loop = asyncio.get_event_loop()
loop.run_until_complete(main())
gen = numbers()
print(next(gen))
unawaited = quick()
scheduled = loop.create_task(quick())
again = asyncio.ensure_future(scheduled)
print(again is scheduled, loop.is_closed(), len(asyncio.all_tasks(loop)))
