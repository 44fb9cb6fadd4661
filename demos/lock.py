"""Lock: one task at a time in the critical section

An asyncio.Lock lets one task at a time through a block of code that
contains awaits.

Three print jobs share one printer: alice (Task-2, 3 pages), bob
(Task-3, 2 pages) and carol (Task-4, 1 page). Each page takes 0.5 s and
every page is an await, so without a lock their pages would interleave.

All three ask for the printer at 0.0 s. alice gets the lock; bob and
carol suspend on Lock.acquire() and queue up in the order they asked.
When alice leaves the `async with` block at 1.5 s the lock goes to bob,
and at 2.5 s to carol. Each job prints its pages together.

The lock is fair (first come, first served) and only matters across
awaits: code without an await inside is never interrupted anyway.
"""
import asyncio


async def print_job(name, pages, printer):
    print(f"{name}: waiting for the printer")
    async with printer:
        for page in range(1, pages + 1):
            print(f"{name}: page {page}/{pages}")
            await asyncio.sleep(0.5)
    print(f"{name}: done")


async def main():
    printer = asyncio.Lock()
    await asyncio.gather(
        print_job("alice", 3, printer),
        print_job("bob", 2, printer),
        print_job("carol", 1, printer),
    )


asyncio.run(main())
