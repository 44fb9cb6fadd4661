"""create_task: start now, run when main yields

A new task does not start until the running task reaches an await.

The primer lists `Background task started...` before `Main function
continues while background task runs...`. CPython prints them the other
way round, and the lanes show why.

create_task (line 35, `task = asyncio.create_task(background_task())`)
creates Task-2 and puts its first step on the ready queue, nothing
more. main (Task-1) keeps running until its next await, so it prints
its `continues` line first. Only when main suspends at
`await asyncio.sleep(1)` does the loop give Task-2 its first turn:
`Background task started...`, then Task-2 suspends for 3 s.

At 1.0 s main wakes (`Main function doing other work...`) and waits
for Task-2. At 3.0 s Task-2 completes and main finishes.

A task is a promise to run soon, not a thread starting right away.
Nothing else runs until the current task reaches an await.
"""
import asyncio


async def background_task():
    print("Background task started...")
    await asyncio.sleep(3)  # Simulate some async work
    print("Background task completed!")


async def main():
    print("Main function started")

    # Start background task but don't wait for it
    task = asyncio.create_task(background_task())

    print("Main function continues while background task runs...")
    await asyncio.sleep(1)
    print("Main function doing other work...")

    # Optionally wait for the background task before exiting
    await task
    print("Main function completed")


asyncio.run(main())
