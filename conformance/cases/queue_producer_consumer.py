# A producer and two consumers share a Queue; None tells a consumer to stop.
import asyncio


async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i)
        await asyncio.sleep(0.5)
    await q.put(None)
    await q.put(None)


async def consumer(name, q):
    while True:
        item = await q.get()
        if item is None:
            print(name, "stops")
            return
        print(name, "got", item, "at", asyncio.get_running_loop().time())
        await asyncio.sleep(1)


async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer("c1", q), consumer("c2", q))
    print("empty?", q.empty(), "size", q.qsize())


asyncio.run(main())
