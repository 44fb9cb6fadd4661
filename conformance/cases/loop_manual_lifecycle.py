# A loop made by hand: new_event_loop, set_event_loop, run_until_complete, close.
import asyncio

async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(add(2, 3)))
print(loop.time())
task = loop.create_task(add(10, 20))
print(loop.run_until_complete(task), task.done())
loop.close()
print(loop.is_running(), loop.is_closed())
loop.close()
try:
    loop.run_until_complete(add(1, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
