# An ExceptionGroup nobody catches: traceback, exit code 1.
import asyncio


async def boom(n):
    await asyncio.sleep(n)
    raise KeyError(n)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(1))
        tg.create_task(boom(1))


asyncio.run(main())
