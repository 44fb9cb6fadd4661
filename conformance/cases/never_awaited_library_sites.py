# Coroutines CPython's asyncio code frees warn at its line: a callback's result, the ready queue loop.close() clears.
import asyncio

async def work(n):
    await asyncio.sleep(0)
    return n

async def never():
    print("never runs")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: work(1))
    await asyncio.sleep(0)
    print("callback returned a coroutine")
    loop.call_soon(work, 2)
    await asyncio.sleep(0)
    print("the same line again: no second warning")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: work(3))
    fut.set_result(None)
    await asyncio.sleep(0)
    print("done callback returned a coroutine")

asyncio.run(main())
loop = asyncio.new_event_loop()
loop.create_task(never())
loop.create_task(never(), name="second")
kept = loop.create_task(never(), name="kept")
print("closing")
loop.close()
print("closed")
