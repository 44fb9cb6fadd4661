# When more than 100 timers are scheduled and over half are cancelled, the
# loop rebuilds its heap (heapify), which changes the order of tied timers.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = [loop.call_later(1, fired.append, i) for i in range(150)]
    for h in handles[::3]:
        h.cancel()
    for h in handles[1::3]:
        h.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(2)
    print(len(fired), "fired")
    print(fired)


asyncio.run(main())
