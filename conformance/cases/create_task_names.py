# Tasks are named Task-N in creation order (the main task is Task-1) unless named.
import asyncio


async def job():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(job())
    b = asyncio.create_task(job(), name="fetcher")
    c = asyncio.create_task(job())
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    print(await a, await b, await c)
    d = asyncio.create_task(job())
    print(d.get_name())
    await d


asyncio.run(main())
