# put() on a full queue waits until a get() makes room.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    loop = asyncio.get_running_loop()

    async def fill():
        for i in range(4):
            await q.put(i)
            print("put", i, "at", loop.time(), "size", q.qsize())

    t = asyncio.create_task(fill())
    await asyncio.sleep(1)
    print("full?", q.full(), q.maxsize)
    while not t.done() or not q.empty():
        print("get", await q.get(), "at", loop.time())
        await asyncio.sleep(1)
    q.put_nowait("x")
    q.put_nowait("y")
    try:
        q.put_nowait("z")
    except asyncio.QueueFull:
        print("QueueFull")


asyncio.run(main())
