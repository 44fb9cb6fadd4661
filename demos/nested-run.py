"""Nested asyncio.run: one loop per thread

asyncio.run cannot be called while an event loop is already running;
inside a coroutine, await instead.

main() runs as Task-1 and prints its first line. Then line 32
(`asyncio.run(task())`) asks for a second event loop while the first
is still running, and asyncio refuses: `RuntimeError: asyncio.run()
cannot be called from a running event loop`. The error ends Task-1,
and asyncio.run at the bottom passes it on: the program exits with a
traceback.

The coroutine object task() was created but never awaited, so CPython
also warns `coroutine 'task' was never awaited`.

The fix: inside a coroutine you are already on the loop, so just await:

    await task()

asyncio.run belongs at the top of the program, exactly once. This is
also why it fails in Jupyter, which already runs a loop.
"""
import asyncio


async def task():
    print("Running inside an event loop")


async def main():
    print("main() is already running on the event loop")
    asyncio.run(task())  # ERROR: a loop is already running here
    print("never printed")


asyncio.run(main())
