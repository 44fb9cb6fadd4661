# set_task_factory / get_task_factory: the loop builds tasks through the factory.
import asyncio

made = []

def factory(loop, coro, **kwargs):
    t = asyncio.Task(coro, loop=loop, **kwargs)
    made.append(t.get_name())
    return t

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    r = await asyncio.gather(job(1), job(2), asyncio.create_task(job(3), name="three"))
    print(r, made)
    loop.set_task_factory(None)

asyncio.run(main())
