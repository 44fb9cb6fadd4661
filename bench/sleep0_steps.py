# Benchmark: 200,000 task steps. 10 tasks each await asyncio.sleep(0)
# 20,000 times, so the loop switches tasks on every step.
import asyncio

TASKS = 10
STEPS = 20_000


async def spinner(i):
    total = 0
    for n in range(STEPS):
        total += n % (i + 2)
        await asyncio.sleep(0)
    return total


async def main():
    results = await asyncio.gather(*(spinner(i) for i in range(TASKS)))
    print("steps", TASKS * STEPS, "checksum", sum(results))


asyncio.run(main())
