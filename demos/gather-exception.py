"""An exception in gather: the first error wins, the rest keep going

When one awaitable in gather fails, gather raises that exception at
once, but the other tasks keep running.

gather runs A, B and C as Task-2, Task-3 and Task-4. A finishes at
1.0 s. At 2.0 s B raises ValueError: gather passes that first exception
straight to main (Task-1), which catches it at 2.0 s.

Look at Task-4's lane: C is not cancelled. gather stopped waiting for
it, but C keeps running and finishes at 3.0 s, while main is sleeping.
Its result goes nowhere. A's result is lost as well: an exception
replaces the whole list.

If you need every outcome, use return_exceptions=True (see
return-exceptions). If a failure should cancel the rest, use a
TaskGroup (see taskgroup).
"""
import asyncio


async def fetch(name, seconds, fail=False):
    print(f"{name}: start")
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name}: done")
    return name


async def main():
    try:
        results = await asyncio.gather(
            fetch("A", 1), fetch("B", 2, fail=True), fetch("C", 3))
        print("results:", results)
    except ValueError as error:
        print(f"main: caught {error!r}")
    await asyncio.sleep(2)
    print("main: exiting")


asyncio.run(main())
