# A lone consumer waits on an empty queue forever: one stuck task.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait("first")
    print(await q.get())
    print(await q.get())


asyncio.run(main())
