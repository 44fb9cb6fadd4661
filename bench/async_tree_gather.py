# Benchmark: a tree of coroutines, 6 levels of 6 branches (55,987 nodes),
# each inner node fanning out with asyncio.gather; the leaves do no work.
import asyncio

DEPTH, WIDTH = 6, 6


async def node(level, key):
    if level == DEPTH:
        return key % 7
    parts = await asyncio.gather(*(node(level + 1, key * WIDTH + b) for b in range(WIDTH)))
    return sum(parts)


print("gather tree", asyncio.run(node(0, 1)))
