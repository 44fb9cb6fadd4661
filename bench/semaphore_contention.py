# Benchmark: 10,000 coroutines through an asyncio.Semaphore(8) and a
# BoundedSemaphore(3), twice each; the holders yield while inside.
import asyncio

inside = peak = passes = 0


async def guarded(sem, outer):
    global inside, peak, passes
    for _ in range(2):
        async with outer:
            async with sem:
                inside += 1
                peak = max(peak, inside)
                await asyncio.sleep(0)
                inside -= 1
                passes += 1


async def main():
    wide, narrow = asyncio.Semaphore(8), asyncio.BoundedSemaphore(3)
    await asyncio.gather(*(guarded(narrow, wide) for _ in range(10_000)))
    print("semaphore passes", passes, "peak inside", peak)


asyncio.run(main())
