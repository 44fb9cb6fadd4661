# A program that ends normally leaves its pending tasks as garbage: CPython's
# collection at exit finalizes them in creation order, so each coroutine
# (created before its task) is closed first, then its task logs with
# `done, defined at`. A task whose coroutine never started warns that the
# coroutine was never awaited (once for the location `sys:1`) before it logs.
import asyncio


def report(loop, context):
    print(context["message"], context["task"])


async def work(n):
    try:
        await asyncio.sleep(n)
    finally:
        print("finally", n)


async def main():
    await asyncio.sleep(0.5)


loop = asyncio.new_event_loop()
loop.set_exception_handler(report)
listed = [loop.create_task(work(1)), loop.create_task(work(2))]
single = loop.create_task(work(3))
loop.create_task(work(4))
loop.run_until_complete(main())
late = [loop.create_task(work(5)), loop.create_task(work(6))]
loop.close()
print("end of program")
