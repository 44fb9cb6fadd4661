# A loop driven by run_until_complete leaves tasks pending; at exit CPython
# finalizes each one: the coroutine's finally block runs, then the task logs
# "Task was destroyed but it is pending!" with its repr.
import asyncio


async def sleeper(n):
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup in sleeper", n)


async def waiter(event):
    await event.wait()


async def starter(loop):
    loop.create_task(sleeper(1))
    loop.create_task(waiter(asyncio.Event()))
    loop.create_task(sleeper(2))
    await asyncio.sleep(0.5)
    return "started three"


loop = asyncio.new_event_loop()
print(loop.run_until_complete(starter(loop)))
loop.close()
print("module ends with", len(asyncio.all_tasks(loop)), "tasks pending")
