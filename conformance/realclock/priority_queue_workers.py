# Two workers take from a PriorityQueue; equal work times keep them in step.
import asyncio


async def worker(name, q, log):
    while True:
        prio, item = await q.get()
        if item is None:
            q.task_done()
            return
        await asyncio.sleep(0.02)
        log.append(f"{name}:{item}")
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for prio, item in [(3, "c"), (1, "a"), (2, "b"), (5, "e"), (4, "d")]:
        q.put_nowait((prio, item))
    for _ in range(2):
        q.put_nowait((9, None))
    log = []
    await asyncio.gather(worker("w1", q, log), worker("w2", q, log))
    print(log)


asyncio.run(main())
