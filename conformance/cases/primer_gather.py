# The primer's gather example: both start at once, the shorter finishes first,
# and the results come back in argument order.
import asyncio


async def task1():
    print("Task 1 started")
    await asyncio.sleep(2)
    print("Task 1 completed")
    return "Result 1"


async def task2():
    print("Task 2 started")
    await asyncio.sleep(1)
    print("Task 2 completed")
    return "Result 2"


async def main():
    results = await asyncio.gather(task1(), task2())
    print("All tasks completed:", results)
    print("elapsed", asyncio.get_running_loop().time())


asyncio.run(main())
