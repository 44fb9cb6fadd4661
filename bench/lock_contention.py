# Benchmark: 5,000 coroutines contending for one asyncio.Lock, each taking
# it 4 times and yielding to the loop while holding it.
import asyncio


async def contender(lock, shared, ident):
    for _ in range(4):
        async with lock:
            before = shared[0]
            await asyncio.sleep(0)
            shared[0] = before + ident % 10


async def main():
    lock = asyncio.Lock()
    shared = [0]
    await asyncio.gather(*(contender(lock, shared, i) for i in range(5_000)))
    print("lock total", shared[0], "locked", lock.locked())


asyncio.run(main())
