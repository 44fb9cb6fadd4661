# The nested asyncio.run error, uncaught: traceback and exit code 1.
import asyncio


async def inner():
    print("never runs")


async def main():
    print("main starts")
    asyncio.run(inner())


asyncio.run(main())
