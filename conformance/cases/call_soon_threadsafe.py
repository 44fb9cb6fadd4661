# call_soon_threadsafe schedules like call_soon and returns a Handle.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon_threadsafe(print, "threadsafe", 1)
    loop.call_soon(print, "plain", 2)
    print(type(h).__name__, h.cancelled())
    fut = loop.create_future()
    loop.call_soon_threadsafe(fut.set_result, 42)
    print(await fut)

asyncio.run(main())
