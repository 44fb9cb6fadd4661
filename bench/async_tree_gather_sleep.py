# Benchmark: the gather tree (6 levels x 6 branches) with every one of its
# 46,656 leaves awaiting asyncio.sleep(0.05): timers for the whole tree.
import asyncio

LEVELS = 6


async def leaf(key):
    await asyncio.sleep(0.05)
    return key % 5


async def branch(level, key):
    if level == LEVELS:
        return await leaf(key)
    children = [branch(level + 1, 6 * key + i) for i in range(6)]
    return sum(await asyncio.gather(*children))


print("gather tree with sleeps", asyncio.run(branch(0, 2)))
