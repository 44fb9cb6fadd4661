# Semaphore(2): at most two workers inside at once; the rest queue in order.
import asyncio

inside = 0


async def worker(i, sem):
    global inside
    async with sem:
        inside += 1
        print(f"worker {i} enters at {asyncio.get_running_loop().time()} ({inside} inside)")
        await asyncio.sleep(1)
        inside -= 1


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(i, sem) for i in range(5)))
    print("locked?", sem.locked())


asyncio.run(main())
