"""The event loop: two tasks, one thread

One thread, two tasks: while both wait on timers, the loop runs
whichever becomes ready first.

asyncio.gather(task1(), task2()) wraps each coroutine in a task, in
argument order: Task-2 runs task1 and Task-3 runs task2. main (Task-1)
suspends until both are done.

Task-2 runs first: it prints `Task 1 started` and suspends at its
sleep(2), setting a timer for 2.0 s. Then Task-3 prints `Task 2
started` and sets a timer for 1.0 s. From here both lanes are waiting
at once. Nothing is running, yet two tasks are in progress: that is
concurrency on a single thread.

At 1.0 s the earlier timer fires and Task-3 prints `Task 2 completed`;
at 2.0 s Task-2 prints `Task 1 completed`. The last one to finish
wakes main. The whole run takes 2 s, not 3.

The primer says the order "may vary". With these sleeps it does not:
tasks start in the order they were created and wake in timer order.
"""
import asyncio


async def task1():
    print("Task 1 started")
    await asyncio.sleep(2)  # Simulates an I/O operation
    print("Task 1 completed")


async def task2():
    print("Task 2 started")
    await asyncio.sleep(1)
    print("Task 2 completed")


async def main():
    # Run both tasks concurrently
    await asyncio.gather(task1(), task2())


# Run the event loop
asyncio.run(main())
