# as_completed is a generator: leaving the loop early creates no coroutine that is never awaited.
import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    it = asyncio.as_completed(tasks)
    print(type(it).__name__)
    for next_done in it:
        first = await next_done
        print("first finished:", first)
        break
    for t in tasks:
        t.cancel()
    try:
        for x in asyncio.as_completed(asyncio.sleep(1)):
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
