# asyncio.Barrier (3.11): parties wait until everyone arrives.
import asyncio

async def party(b, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives, waiting", b.n_waiting)
    idx = await b.wait()
    print(name, "passes with index", idx)

async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split(" [")[1])
    await asyncio.gather(*(party(b, f"p{i}", i * 0.1) for i in range(3)))
    print(b.parties, b.n_waiting, b.broken)
    await b.abort()
    print(b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError")
    await b.reset()
    print(repr(b).split(" [")[1])

asyncio.run(main())
