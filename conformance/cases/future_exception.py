# set_exception: awaiting raises it, exception() returns it, result() re-raises.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_exception, KeyError("missing"))
    try:
        await fut
    except KeyError as e:
        print("caught", repr(e))
    print("exception():", repr(fut.exception()))
    try:
        fut.result()
    except KeyError as e:
        print("result() raised", type(e).__name__, e)
    other = loop.create_future()
    try:
        other.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
