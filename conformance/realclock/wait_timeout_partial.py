# wait(timeout=...) returns what finished by then; nothing is cancelled.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 0.02, 0.08, 0.1)]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print(sorted(t.result() for t in done), len(pending))
    await asyncio.gather(*pending)
    print([t.result() for t in tasks])


asyncio.run(main())
