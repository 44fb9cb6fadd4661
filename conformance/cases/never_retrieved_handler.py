# A failed task nobody awaits reaches the loop's exception handler as a real context dict when it is freed.
import asyncio

def handler(loop, context):
    task = context["future"]
    print("handler:", context["message"], sorted(context), type(context).__name__)
    print("  ", task.get_name(), repr(context["exception"]), context["exception"] is task.exception())

def bad_handler(loop, context):
    raise RuntimeError("handler broke")

async def fail(n):
    raise ValueError(n)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    asyncio.create_task(fail(1), name="dropped")
    kept = asyncio.create_task(fail(2), name="kept")
    await asyncio.sleep(0)
    print("after one step")
    await asyncio.sleep(0.5)
    print("kept is done:", kept.done())
    loop.set_exception_handler(bad_handler)
    asyncio.create_task(fail(3), name="to the bad handler")
    await asyncio.sleep(0)
    print("main ends")

asyncio.run(main())
print("after run")
