# Lock waiters acquire in the order they started waiting (FIFO).
import asyncio


async def user(name, lock, log):
    async with lock:
        log.append(name)
        print(name, "has the lock at", asyncio.get_running_loop().time())
        await asyncio.sleep(1)


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    print("main holds it; locked?", lock.locked())
    tasks = [asyncio.create_task(user(n, lock, log)) for n in "dbca"]
    await asyncio.sleep(0.5)
    lock.release()
    await asyncio.gather(*tasks)
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
