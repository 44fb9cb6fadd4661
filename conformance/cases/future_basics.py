# A Future from the loop: pending until set, result() too early is an error.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done?", fut.done(), "cancelled?", fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop.call_later(1, fut.set_result, 42)
    value = await fut
    print("awaited", value, "at", loop.time())
    print("done?", fut.done(), "result", fut.result(), "exception", fut.exception())
    try:
        fut.set_result(7)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await fut)


asyncio.run(main())
