# Tasks that never ran, left in a list when an exception ends the program:
# CPython finalizes them breadth-first from the globals (a list last item
# first), each before its coroutine, and then the coroutines, which warn that
# they were never awaited.
import asyncio


def report(loop, context):
    print(context["message"], context["task"])


async def phase(n):
    await asyncio.sleep(n)


loop = asyncio.new_event_loop()
loop.set_exception_handler(report)
tasks = [loop.create_task(phase(1)), loop.create_task(phase(2)), loop.create_task(phase(3))]
loop.close()
loop.run_until_complete(asyncio.sleep(1))
