# Several tasks may await one task; all of them get its result.
import asyncio


async def slow_value():
    await asyncio.sleep(2)
    print("computed")
    return 7


async def reader(name, t):
    value = await t
    print(name, "read", value)


async def main():
    shared = asyncio.create_task(slow_value())
    await asyncio.gather(reader("r1", shared), reader("r2", shared))
    print("awaiting a finished task again:", await shared)


asyncio.run(main())
