# Benchmark: the gather tree (5 levels x 6 branches, 7,776 leaves); every
# other leaf computes a factorial of a few hundred (big-int CPU work), the
# others sleep briefly.
import asyncio
import math

total = [0, 0]


async def work(n):
    if n % 2:
        total[0] += math.factorial(300 + n % 200) % 1_000_003
    else:
        await asyncio.sleep(0.001)
        total[1] += 1


async def tree(depth, n):
    if depth:
        await asyncio.gather(*map(tree, [depth - 1] * 6, range(n * 6, n * 6 + 6)))
    else:
        await work(n)


asyncio.run(tree(5, 0))
print("cpu tree", total)
