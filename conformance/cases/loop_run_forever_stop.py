# run_forever runs until a callback calls loop.stop(); stop() before run_forever makes one pass.
import asyncio

loop = asyncio.new_event_loop()
count = 0

def tick():
    global count
    count += 1
    print("tick", count, loop.time())
    if count == 3:
        loop.stop()
    else:
        loop.call_later(0.25, tick)

loop.call_soon(tick)
loop.run_forever()
print("stopped at", loop.time(), loop.is_running())

loop.call_soon(print, "first pass")
loop.stop()
loop.call_soon(print, "also ran")
loop.run_forever()
print("second run done")

async def worker():
    print("worker runs inside run_forever, running:", loop.is_running())
    await asyncio.sleep(1)
    loop.stop()
    return "done"

t = loop.create_task(worker())
loop.run_forever()
print(t.result(), loop.time())
loop.close()
