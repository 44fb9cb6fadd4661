# BoundedSemaphore refuses to be released more times than it was acquired.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("inside, locked?", sem.locked())
    print("outside, locked?", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain semaphore allows it; locked?", plain.locked())


asyncio.run(main())
