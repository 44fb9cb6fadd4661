# gather returns results in argument order, whatever order they finish in.
import asyncio


async def delayed(value, delay):
    await asyncio.sleep(delay)
    print("finished", value)
    return value


async def main():
    results = await asyncio.gather(delayed("slow", 3), delayed("fast", 1), delayed("mid", 2))
    print(results)
    print(await asyncio.gather())
    plain = await asyncio.gather(*[delayed(i, 0) for i in range(4)])
    print(plain)


asyncio.run(main())
