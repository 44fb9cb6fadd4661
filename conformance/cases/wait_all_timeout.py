# wait(ALL_COMPLETED) with a timeout: returns what finished, does not cancel.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (1, 2, 5)]
    done, pending = await asyncio.wait(tasks, timeout=3)
    print(sorted(t.result() for t in done), len(pending), asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending), asyncio.get_running_loop().time())


asyncio.run(main())
