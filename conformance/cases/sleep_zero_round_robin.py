# sleep(0) yields to the loop without a timer: tasks take turns, in order.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 4))
    print("clock still at", asyncio.get_running_loop().time())


asyncio.run(main())
