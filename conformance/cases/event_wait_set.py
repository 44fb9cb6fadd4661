# Every waiter of an Event wakes when it is set; later waits return at once.
import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "released at", asyncio.get_running_loop().time())


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(2)
    print("is_set?", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print("after clear:", ev.is_set())


asyncio.run(main())
