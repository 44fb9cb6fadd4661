# as_completed over tasks with equal delays yields them in the order they started.
# (Tasks, not bare coroutines: as_completed wraps coroutines from a set, in hash order.)
import asyncio


async def fetch(i):
    await asyncio.sleep(0.05)
    return f"page {i}"


async def main():
    tasks = [asyncio.create_task(fetch(i)) for i in range(5)]
    for fut in asyncio.as_completed(tasks):
        print(await fut)


asyncio.run(main())
