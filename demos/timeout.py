"""asyncio.timeout: one deadline for a whole block

asyncio.timeout puts one deadline on a whole block of awaits.

New in Python 3.11. `async with asyncio.timeout(2.5):` covers
everything inside the block, however many awaits it holds.

main (Task-1) connects (1 s), downloads (1 s) and starts parsing (1 s),
all in its own lane. The deadline is at 2.5 s, in the middle of
parsing: CancelledError is raised at that await, so the `parse: done`
line is never reached. At the end of the block the timeout turns the
cancellation into TimeoutError, which main catches.

With wait_for you give each call its own limit; with timeout the steps
share one budget, which is usually what a user waiting on you wants.
"""
import asyncio


async def step(name, seconds):
    print(f"{name}: start")
    await asyncio.sleep(seconds)
    print(f"{name}: done")


async def main():
    try:
        async with asyncio.timeout(2.5):
            await step("connect", 1)
            await step("download", 1)
            await step("parse", 1)
        print("main: all steps finished in time")
    except TimeoutError:
        print("main: timed out after 2.5 s")


asyncio.run(main())
