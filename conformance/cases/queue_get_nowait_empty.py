# get_nowait on an empty queue raises QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait("only")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), type(e).__mro__[1].__name__)


asyncio.run(main())
