# asyncio.run hands back whatever the coroutine returns; code after it runs.
import asyncio


async def compute(x):
    await asyncio.sleep(0.5)
    return x * 10


print("before")
value = asyncio.run(compute(4))
print("asyncio.run returned", value)
print(asyncio.run(compute(-1)))
print("after")
