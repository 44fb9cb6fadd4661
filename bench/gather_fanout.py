# Benchmark: repeated fan-out/fan-in. 20 rounds of gather over 5,000
# coroutines that each yield once and return a value.
import asyncio

ROUNDS = 20
WIDTH = 5_000


async def leaf(r, i):
    await asyncio.sleep(0)
    return (r * i) % 11


async def main():
    checksum = 0
    for r in range(ROUNDS):
        values = await asyncio.gather(*(leaf(r, i) for i in range(WIDTH)))
        checksum += sum(values)
    print("coroutines", ROUNDS * WIDTH, "checksum", checksum)


asyncio.run(main())
