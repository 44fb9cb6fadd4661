# The primer's time.sleep example: it blocks the whole loop, so the ticker
# cannot run during those 3 seconds.
import asyncio
import time


async def ticker():
    for i in range(3):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(1)


async def async_task():
    print("Task started...")
    time.sleep(3)
    print("Task completed!")


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await async_task()
    print("Main function continues...")
    await t


asyncio.run(main())
