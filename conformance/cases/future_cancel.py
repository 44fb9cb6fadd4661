# Cancelling a Future: cancel() is True once, awaiting raises CancelledError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback: cancelled?", f.cancelled()))
    print("cancel ->", fut.cancel())
    print("cancel again ->", fut.cancel())
    try:
        await fut
    except asyncio.CancelledError:
        print("await raised CancelledError")
    try:
        fut.exception()
    except asyncio.CancelledError:
        print("exception() raised CancelledError")
    done = loop.create_future()
    done.set_result(1)
    print("cancel a done future ->", done.cancel())


asyncio.run(main())
