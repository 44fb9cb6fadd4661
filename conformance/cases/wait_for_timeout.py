# wait_for cancels the awaitable when the timeout expires and raises TimeoutError.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
        return "too late"
    except asyncio.CancelledError:
        print("slow: cancelled by wait_for at", asyncio.get_running_loop().time())
        raise


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=2)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.args, e.__class__ is TimeoutError)
    print("now", asyncio.get_running_loop().time())


asyncio.run(main())
