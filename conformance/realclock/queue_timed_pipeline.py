# A producer every 60 ms and a consumer needing 150 ms per item: the queue fills, then drains.
import asyncio


async def producer(q, log):
    for i in range(5):
        await asyncio.sleep(0.06)
        await q.put(i)
        log.append(f"put {i} (size {q.qsize()})")
    await q.put(None)


async def consumer(q, log):
    while True:
        item = await q.get()
        if item is None:
            break
        await asyncio.sleep(0.15)
        log.append(f"got {item}")


async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    await asyncio.gather(producer(q, log), consumer(q, log))
    print("\n".join(log))


asyncio.run(main())
