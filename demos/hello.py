"""Hello, async world: one coroutine, one pause

A coroutine runs until it reaches an await, pauses there, and is
resumed by the event loop when what it awaits is ready.

asyncio.run(say_hello()) creates an event loop and wraps the coroutine
in a task, Task-1. Its lane starts at 0.0 s: it prints `Hello`, reaches
line 24 (`await asyncio.sleep(1)`) and suspends.

Watch the gap that follows. Nothing else is ready, so the loop sets a
timer for 1.0 s and waits for it; in Loopscope the virtual clock jumps
straight there. The timer fires, Task-1 is woken, prints `World` and
finishes, and asyncio.run closes the loop.

An await does not stop the program: it hands control back to the loop,
which could run other tasks in the meantime. Here there are none, so
this is a coroutine at its simplest: run, pause, resume.
"""
import asyncio


async def say_hello():
    print("Hello")
    await asyncio.sleep(1)
    print("World")


# running the coroutine
asyncio.run(say_hello())
