# A Lock held across equal sleeps is handed to the waiters in the order they queued.
import asyncio


async def user(i, lock, log):
    await asyncio.sleep(0.01)
    async with lock:
        log.append(i)
        await asyncio.sleep(0.02)


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(user(i, lock, log) for i in range(6)))
    print(log)


asyncio.run(main())
