# Benchmark: the TaskGroup tree (5 levels x 6 branches, 7,776 leaves), half
# of the leaves computing math.factorial(500) (big-int CPU work), the
# other half sleeping 1 ms.
import asyncio
from math import factorial


class Tally:
    digits = 0
    naps = 0


async def leaf(i):
    if i % 2 == 0:
        Tally.digits += factorial(500).bit_length() + i % 3
    else:
        await asyncio.sleep(0.001)
        Tally.naps += 1


async def level(n, i):
    if n == 5:
        await leaf(i)
        return
    async with asyncio.TaskGroup() as tg:
        for c in range(6):
            tg.create_task(level(n + 1, 6 * i + c))


asyncio.run(level(0, 0))
print("taskgroup cpu tree", Tally.digits, Tally.naps)
