# Benchmark: 100,000 live tasks at once. Each waits on one Event; when it
# is set they all wake and finish. Measures task creation, memory per task
# and a mass wakeup.
import asyncio

N = 100_000


async def waiter(ev, i):
    await ev.wait()
    return i % 7


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, i)) for i in range(N)]
    await asyncio.sleep(0)
    print("live tasks", len(asyncio.all_tasks()))
    ev.set()
    results = await asyncio.gather(*tasks)
    print("finished", len(results), "checksum", sum(results))


asyncio.run(main())
