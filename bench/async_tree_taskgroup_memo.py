# Benchmark: the TaskGroup tree (6 x 6) with memoised sleeps: a leaf sleeps
# and records its key only when the key is not known yet. Hits depend on
# timing, so the program prints what is the same either way.
import asyncio

known = {}


async def fetch(key):
    if key not in known:
        await asyncio.sleep(0.05)
        known[key] = (key * 7 + 3) % 101
    return known[key]


async def subtree(levels, ident, out):
    if not levels:
        out.append(await fetch(ident % 613))
        return
    async with asyncio.TaskGroup() as tg:
        for i in range(6):
            tg.create_task(subtree(levels - 1, ident * 5 + i, out))


async def main():
    values = []
    await subtree(6, 1, values)
    print("memoised taskgroup tree", len(values), sum(values), len(known))


asyncio.run(main())
