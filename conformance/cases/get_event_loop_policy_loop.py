# get_event_loop outside a running loop (3.11.7: no warning), and after asyncio.run.
import asyncio

loop = asyncio.get_event_loop()
print(isinstance(loop, asyncio.AbstractEventLoop), loop.is_closed())
print(asyncio.get_event_loop() is loop)

async def main():
    print("inside:", asyncio.get_event_loop() is asyncio.get_running_loop())
    print("same as before:", asyncio.get_running_loop() is loop)

asyncio.run(main())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(asyncio.new_event_loop())
print(asyncio.get_event_loop().is_closed())
