# shutdown_asyncgens closes async generators that were left suspended.
import asyncio

async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("ticker closed")

async def main():
    gen = ticker()
    async for v in gen:
        print("got", v)
        if v == 1:
            break
    loop = asyncio.get_running_loop()
    await loop.shutdown_asyncgens()
    print("after shutdown_asyncgens")
    await loop.shutdown_default_executor()
    print("executor shut down")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print("closed")
