# A coroutine handed to an asyncio call that raises lives in the error's traceback: it warns when the except block ends.
import asyncio

async def work(n):
    await asyncio.sleep(0)
    return n

try:
    asyncio.create_task(work(1))
except RuntimeError as e:
    print("create_task:", e)
print("after create_task")

async def nested():
    try:
        asyncio.run(work(2))
    except RuntimeError as e:
        print("nested run:", e)
        print("  still handling")
    print("after nested run")
    try:
        await asyncio.wait([work(3)])
    except TypeError as e:
        print("wait:", e)
    print("after wait")

asyncio.run(nested())
loop = asyncio.new_event_loop()
loop.close()
try:
    loop.run_until_complete(work(4))
except RuntimeError as e:
    print("closed loop:", e)
print("after closed loop")
try:
    asyncio.ensure_future(work(5), loop=loop)
except RuntimeError as e:
    print("ensure_future:", e)
print("end")
