# Consumers blocked on get() are served in the order they started waiting.
import asyncio


async def consumer(name, q, log):
    item = await q.get()
    log.append(f"{name}<-{item}")


async def main():
    q = asyncio.Queue()
    log = []
    tasks = [asyncio.create_task(consumer(n, q, log)) for n in ("c3", "c1", "c2")]
    await asyncio.sleep(0)
    for item in ("x", "y", "z"):
        q.put_nowait(item)
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
