"""Blocking sleep: time.sleep freezes the whole loop

time.sleep inside a coroutine stops the whole event loop, not just the
coroutine that called it.

There is one task here, Task-1, running main(). `await async_task()`
does not create a task: async_task runs inside Task-1's own lane.

At line 27 (`time.sleep(3)`) the lane turns into one solid block: the
step that began at 0.0 s only ends at 3.0 s. time.sleep knows nothing
about asyncio; it stops the only thread, and the event loop with it.
For those 3 seconds no timer can fire and no other task can take a turn.

The output looks fine (the same three lines as a correct program), and
that is why this mistake is easy to miss. Loopscope's lint catches it:
Task-1 blocked the event loop for 3 s; use `await asyncio.sleep(3)`.

Compare with nonblocking-sleep; blocking-ticker shows what such a block
costs the other tasks.
"""
import asyncio
import time


async def async_task():
    print("Task started...")
    time.sleep(3)  # Blocks the whole event loop!
    print("Task completed!")


async def main():
    await async_task()  # This blocks everything for 3 sec
    print("Main function continues...")


asyncio.run(main())
