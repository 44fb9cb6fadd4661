# Task.get_stack() and Task.print_stack(): a suspended task shows its own
# frame at the await, a task that never ran its `async def` line, a failed
# task its exception's traceback, a finished one nothing. print_stack()
# prints its header with print() and the frames with print_list().
import asyncio
import sys


async def napper(n):
    await asyncio.sleep(n)


async def broken():
    await asyncio.sleep(0)
    raise ValueError("broken on purpose")


async def done():
    return 42


async def main():
    tasks = [asyncio.create_task(napper(1)), asyncio.create_task(broken()), asyncio.create_task(done())]
    late = asyncio.create_task(napper(2))
    print([(f.f_code.co_name, f.f_lineno) for f in late.get_stack()])
    await asyncio.sleep(0.5)
    for t in tasks:
        frames = t.get_stack()
        print(t.get_name(), [(f.f_code.co_name, f.f_lineno) for f in frames])
        t.print_stack(file=sys.stdout)
    print(len(tasks[0].get_stack(limit=0)), len(tasks[1].get_stack(limit=1)))
    print(tasks[1].exception())
    here = asyncio.current_task().get_stack()
    print([f.f_code.co_name for f in here][-1])
    tasks[0].cancel()
    late.cancel()
    await asyncio.sleep(0)
    tasks[0].print_stack(file=sys.stdout)


asyncio.run(main())
