# wait(FIRST_COMPLETED) returns as soon as the fastest finishes; the rest are still pending.
import asyncio


async def mirror(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(mirror(n, d)) for n, d in [("slow", 0.09), ("fast", 0.03), ("mid", 0.06)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", sum(t.cancelled() for t in tasks))


asyncio.run(main())
