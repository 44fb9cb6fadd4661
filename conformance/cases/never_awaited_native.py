# asyncio.sleep() and asyncio.to_thread() return coroutines too: calling one
# without await warns when the coroutine is freed, right after the statement.
import asyncio
import time


def blocking():
    time.sleep(1)
    return 5


async def main():
    print("start")
    asyncio.sleep(1)
    print("after sleep")
    asyncio.to_thread(blocking)
    print("after to_thread")
    asyncio.wait_for(asyncio.sleep(1), 1)
    print("after wait_for")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
