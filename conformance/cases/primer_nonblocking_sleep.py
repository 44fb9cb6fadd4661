# The primer's non-blocking version: create_task + await asyncio.sleep(3).
import asyncio


async def async_task():
    print("Task started...")
    await asyncio.sleep(3)
    print("Task completed!")


async def main():
    task = asyncio.create_task(async_task())
    print("Main function continues...")
    await task
    print("total", asyncio.get_running_loop().time())


asyncio.run(main())
