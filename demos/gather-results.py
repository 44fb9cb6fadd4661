"""gather: run concurrently, collect the results in order

gather runs awaitables concurrently and returns their results in the
order you passed them.

gather wraps task1() as Task-2 and task2() as Task-3; main (Task-1)
waits on all of them. Both start at 0.0 s; Task-3 finishes at 1.0 s and
Task-2 at 2.0 s, when main wakes.

Task-3 finished first, but the list reads `['Result 1', 'Result 2']`:
gather returns results in the order you passed the awaitables, not the
order they completed. (as-completed gives you them as they finish.)

Use gather for independent work whose results you all need. If one step
needs the result of another, await them in sequence instead.
"""
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


asyncio.run(main())
