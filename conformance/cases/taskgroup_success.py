# TaskGroup waits for every child on exit from the async with block.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("one", 2))
        t2 = tg.create_task(work("two", 1))
        print("children created:", t1.get_name(), t2.get_name())
    print("after the block:", t1.result(), t2.result())
    print("at", asyncio.get_running_loop().time())


asyncio.run(main())
