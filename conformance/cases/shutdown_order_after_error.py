# An uncaught exception keeps the module's globals alive (its traceback holds
# the module frame) until late in shutdown. CPython's first collection at exit
# then reorders the objects breadth-first from there, so pending tasks are
# finalized in that order, each before its coroutine (`running at`), and the
# coroutines are closed (their `finally` runs) after every task has logged.
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
built = [loop.create_task(work(i)) for i in (3, 4)]
single = loop.create_task(work(5))
pair = (loop.create_task(work(6)), loop.create_task(work(7)))
named = {"a": loop.create_task(work(8)), "b": loop.create_task(work(9))}
loop.create_task(work(10))
loop.run_until_complete(main())
loop.close()
raise KeyError("stop")
