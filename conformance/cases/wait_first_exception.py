# wait(FIRST_EXCEPTION) returns when one raises; exceptions stay in the tasks.
import asyncio


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ZeroDivisionError("division by zero")
    return delay


async def main():
    tasks = [asyncio.create_task(job(1)), asyncio.create_task(job(2, True)),
             asyncio.create_task(job(4))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), "done,", len(pending), "pending at", asyncio.get_running_loop().time())
    for t in tasks:
        if t.done():
            print(t.get_name(), repr(t.exception()))
    await asyncio.wait(pending)
    print(tasks[2].result())


asyncio.run(main())
