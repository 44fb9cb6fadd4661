# Nobody ever sets the Event: CPython would hang forever. Loopscope (and the
# recorder) report a deadlock naming the stuck tasks, and exit 1.
import asyncio


async def waiter(ev):
    print("waiting for a signal that never comes")
    await ev.wait()


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await t


asyncio.run(main())
