"""Worst case for the recorder: nothing but loop steps (await asyncio.sleep(0))."""
import asyncio


async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(spin(50_000) for _ in range(4)))


asyncio.run(main())
