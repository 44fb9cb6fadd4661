# Futures, tasks and handles keep their loop alive (CPython's `_loop`): after
# `del loop` a handle can still be cancelled, a future still knows its loop,
# and a pending task still reports at exit through that loop.
import asyncio


async def never_started():
    print("not printed")


loop = asyncio.new_event_loop()
handle = loop.call_later(5, print, "late")
fut = loop.create_future()
fut.set_result("kept")
task = loop.create_task(never_started())
del loop
handle.cancel()
print("handle cancelled:", handle.cancelled())
print("future's loop closed:", fut.get_loop().is_closed())
print("task done:", task.done())
del fut
print("end of module")
