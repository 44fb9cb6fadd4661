"""Non-blocking sleep: await asyncio.sleep lets the loop breathe

await asyncio.sleep pauses only the task that calls it and leaves the
loop free for others.

main() runs as Task-1. Line 32 (`asyncio.create_task(async_task())`)
creates Task-2 and schedules its first step, but does not run it: main
keeps the loop and prints `Main function continues...` first.

Task-2 gets its first turn only when main suspends at `await task`. It
prints `Task started...` and suspends at `await asyncio.sleep(3)`. Now
both lanes wait: Task-1 for Task-2, Task-2 for a timer at 3.0 s. The
loop lane is idle, not blocked.

At 3.0 s the timer fires, Task-2 prints `Task completed!` and finishes,
and its completion wakes Task-1, which returns.

The program takes the same 3 seconds as blocking-sleep. The difference
is that the loop was free the whole time: any other task could have
run during the wait.
"""
import asyncio


async def async_task():
    print("Task started...")
    await asyncio.sleep(3)  # Non-blocking, other tasks can run
    print("Task completed!")


async def main():
    task = asyncio.create_task(async_task())  # Run in background
    print("Main function continues...")
    await task  # Wait for task to finish


asyncio.run(main())
