"""Blocking sleep: time.sleep freezes the whole loop

time.sleep inside a coroutine stops the whole event loop, not just the
coroutine that called it.

There is one task here, Task-1, running main(). `await async_task()`
does not create a task: async_task runs inside Task-1's own lane.

At line 27 (`time.sleep(3)`) the lane turns into one solid block: the
step that began at 0.0 s only ends at 3.0 s. time.sleep knows nothing
about asyncio; it stops the only thread, and the event loop with it.
For those 3 seconds no timer can fire and no other task can take a turn.

The output looks fine, which is why this mistake is easy to miss.
The lint catches it as asyncio's debug mode does: `Executing <Task ...>
took 3.000 seconds; time.sleep(3) at line 27 blocked the event loop`.

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
