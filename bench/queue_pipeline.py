# Benchmark: a three-stage asyncio.Queue pipeline, 30,000 items through 12
# workers (4 per stage) over bounded queues, so producers block on full
# queues and consumers on empty ones; join() and task_done() at the end.
import asyncio

ITEMS = 30_000


async def stage(inbox, outbox, fn):
    while True:
        item = await inbox.get()
        await outbox.put(fn(item))
        inbox.task_done()


async def sink(inbox, acc):
    while True:
        item = await inbox.get()
        acc[0] += item
        acc[1] += 1
        inbox.task_done()


async def main():
    q1, q2, q3 = asyncio.Queue(50), asyncio.Queue(50), asyncio.Queue(50)
    acc = [0, 0]
    workers = []
    for _ in range(4):
        workers.append(asyncio.create_task(stage(q1, q2, lambda x: x * 3 + 1)))
        workers.append(asyncio.create_task(stage(q2, q3, lambda x: x % 1000)))
        workers.append(asyncio.create_task(sink(q3, acc)))
    for i in range(ITEMS):
        await q1.put(i)
    for q in (q1, q2, q3):
        await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("pipeline", acc)


asyncio.run(main())
