# Three consumers taking equally long per item: who handles which item.
import asyncio


async def consumer(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.02)
        log.append(f"{name}:{item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    workers = [asyncio.create_task(consumer(f"c{i}", q, log)) for i in range(3)]
    for item in range(9):
        q.put_nowait(item)
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(log)


asyncio.run(main())
