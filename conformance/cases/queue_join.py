# join() waits until task_done() has been called for every item put.
import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for d in (3, 1, 2, 1):
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all processed at", asyncio.get_running_loop().time())
    for w in workers:
        w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
