# Semaphore waiters are served first come, first served; release order matters.
import asyncio


async def main():
    sem = asyncio.Semaphore(0)
    order = []

    async def take(name):
        await sem.acquire()
        order.append(name)

    tasks = [asyncio.create_task(take(n)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    print("locked?", sem.locked())
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print(order)
    sem.release()
    await asyncio.gather(*tasks)
    print(order)


asyncio.run(main())
