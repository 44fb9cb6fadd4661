# Async generators dropped while suspended are closed by the event loop's
# finalizer hook (an aclose() task); those still alive when asyncio.run
# ends are closed by shutdown_asyncgens().
import asyncio


async def ticker(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(0.1)
    finally:
        print(name, "closing at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
        print(name, "closed at", asyncio.get_running_loop().time())


kept = None


async def worker():
    async for v in ticker("dropped"):
        print("dropped", v)
        if v == 2:
            break
    print("worker after break")
    await asyncio.sleep(1)
    print("worker done")


async def main():
    global kept
    kept = ticker("kept")
    print("kept", await kept.__anext__())
    await asyncio.gather(worker(), asyncio.sleep(0.3))
    print("main end")


asyncio.run(main())
print("after run")
