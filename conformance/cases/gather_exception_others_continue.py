# An exception in one gathered task reaches the awaiter at once; the others
# are not cancelled and keep running.
import asyncio


async def fails():
    await asyncio.sleep(1)
    raise RuntimeError("failed early")


async def slow(name):
    await asyncio.sleep(2)
    print(name, "still finished")
    return name


async def main():
    try:
        await asyncio.gather(slow("x"), fails(), slow("y"))
    except RuntimeError as e:
        print("gather raised:", e, "at", asyncio.get_running_loop().time())
    await asyncio.sleep(3)
    print("main done")


asyncio.run(main())
