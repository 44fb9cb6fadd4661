# Equal deadlines reached from different start times and delays still tie.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(3, order.append, "a@3")
    loop.call_later(1, order.append, "b@1")
    loop.call_later(3, order.append, "c@3")
    await asyncio.sleep(1)
    loop.call_later(2, order.append, "d@1+2")
    loop.call_later(2, order.append, "e@1+2")
    loop.call_at(3, order.append, "f@at3")
    loop.call_later(1, order.append, "g@1+1")
    await asyncio.sleep(5)
    print(order)


asyncio.run(main())
