# as_completed with two groups of equal delays: by delay, then by start order within a group.
import asyncio


async def fetch(i, delay):
    await asyncio.sleep(delay)
    return (i, delay)


async def main():
    tasks = [asyncio.create_task(fetch(i, 0.06 if i % 2 else 0.03)) for i in range(6)]
    order = []
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)
    print(order)


asyncio.run(main())
