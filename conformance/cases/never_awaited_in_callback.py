# A callback that raises: the coroutine it dropped first warns at once, the
# one its raise released is freed with the exception's reference cycle (the
# loop's exception handler context) at exit.
import asyncio


def bad():
    asyncio.sleep(5)
    print("in callback")
    pending = asyncio.sleep(1)
    raise ValueError("callback failed")


async def main():
    asyncio.get_running_loop().call_soon(bad)
    await asyncio.sleep(0)
    print("after callback")


asyncio.run(main())
print("end")
