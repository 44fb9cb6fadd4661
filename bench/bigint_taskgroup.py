# A TaskGroup tree (6 levels x 6 branches) where half the leaves compute
# math.factorial(500): big-int CPU work inside many tasks.
import asyncio, math

async def leaf(i):
    if i % 2:
        return math.factorial(500) % 1000003
    return i

async def node(depth, i):
    if depth == 0:
        return await leaf(i)
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(node(depth - 1, i * 6 + k)) for k in range(6)]
    return sum(t.result() for t in ts) % 1000003

print(asyncio.run(node(5, 0)))
