"""Semaphore: at most two at a time

A Semaphore limits how many tasks can be inside a block at once.

Five downloads run as Task-2 to Task-6, but a Semaphore(2) lets only
two hold a slot at once. Downloads 1 and 2 start at 0.0 s; 3, 4 and 5
suspend on the semaphore and queue up.

Each time a download leaves the `async with` block its slot passes to
the next in line: 2 finishes at 1.0 s and 3 starts, 1 finishes at
2.0 s and 4 starts, 3 finishes at 2.5 s and 5 starts. Count the busy
lanes at any moment: never more than two.

Everything is done at 3.5 s, against 6.5 s one by one and 2.0 s with
no limit. Use a semaphore to be polite to a server, or to cap how much
work is in flight.
"""
import asyncio


async def download(number, seconds, slots):
    async with slots:
        print(f"download {number}: start ({seconds} s)")
        await asyncio.sleep(seconds)
        print(f"download {number}: done")


async def main():
    slots = asyncio.Semaphore(2)
    durations = [2, 1, 1.5, 1.5, 0.5]
    await asyncio.gather(*(download(n, s, slots) for n, s in enumerate(durations, 1)))
    print("main: all downloads finished")


asyncio.run(main())
