# Tasks created in a loop, all sleeping the same time: they finish in creation order.
import asyncio

finished = []


async def job(name):
    await asyncio.sleep(0.04)
    finished.append(name)


async def main():
    tasks = [asyncio.create_task(job(f"job{i}")) for i in range(7)]
    for t in tasks:
        await t
    print(finished)


asyncio.run(main())
