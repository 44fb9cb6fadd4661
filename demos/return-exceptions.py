"""return_exceptions=True: every outcome, errors included

With return_exceptions=True, gather waits for everything and returns
exceptions as results instead of raising them.

The same three fetches as gather-exception: A, B and C as Task-2,
Task-3 and Task-4, with B raising ValueError at 2.0 s.

With return_exceptions=True gather does not give up at the first error.
It treats B's exception as B's result and keeps waiting until C is done
at 3.0 s. main (Task-1) wakes then, with one entry per awaitable, in the
order they were passed: `'A'`, the ValueError, `'C'`.

Nothing is raised, so check each entry yourself, as the loop at the
bottom does with isinstance.
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
    results = await asyncio.gather(
        fetch("A", 1), fetch("B", 2, fail=True), fetch("C", 3),
        return_exceptions=True)
    print("results:", results)
    for result in results:
        if isinstance(result, Exception):
            print(f"  failed: {result}")
        else:
            print(f"  ok: {result}")


asyncio.run(main())
