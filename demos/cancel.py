"""Cancellation: CancelledError arrives at the await

task.cancel() raises CancelledError inside the task, at the await
where it is suspended, so its cleanup code runs.

download runs as Task-2 and fetches a chunk every second. At 2.5 s main
(Task-1) calls task.cancel() at line 39 (`task.cancel()`).

cancel() does not stop Task-2 on the spot. It marks the task and wakes
it; on its next step CancelledError is raised inside it, at the await
where it was suspended: `await asyncio.sleep(1)`, halfway through
chunk 3. The except block reports it and re-raises; the finally block
closes the connection. Cleanup code runs, just as for any exception.

main then awaits the task, gets the CancelledError, and confirms
task.cancelled() is True. Always re-raise CancelledError after cleaning
up: swallowing it makes a task that refuses to stop.
"""
import asyncio


async def download():
    print("download: started")
    try:
        for chunk in range(1, 6):
            await asyncio.sleep(1)
            print(f"download: chunk {chunk}/5")
    except asyncio.CancelledError:
        print("download: cancelled!")
        raise
    finally:
        print("download: closing the connection")


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(2.5)
    print("main: cancelling the download")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: task.cancelled() = {task.cancelled()}")


asyncio.run(main())
