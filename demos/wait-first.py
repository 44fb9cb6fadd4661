"""wait(FIRST_COMPLETED): race the mirrors, keep the winner

asyncio.wait with FIRST_COMPLETED returns as soon as one task is done
and leaves the rest to you.

Three downloads of the same file start at 0.0 s, each a task with a
name (given with `name=`, so the lanes read eu, us and asia instead of
Task-2, Task-3, Task-4).

asyncio.wait with return_when=FIRST_COMPLETED wakes main (Task-1) at
1.0 s, when us finishes. It returns two sets, done and pending; the
others are still running. main takes the winner's result and cancels
the losers one by one, in the order of the list: eu, then asia, each
printing `cancelled` at its await.

wait never cancels anything itself and never raises the tasks'
exceptions: it only reports who is done. Cleaning up is your job, which
is why main awaits the cancelled tasks before returning.
"""
import asyncio


async def download(mirror, seconds):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{mirror}: cancelled")
        raise
    return f"data from {mirror}"


async def main():
    tasks = [
        asyncio.create_task(download("eu", 2), name="eu"),
        asyncio.create_task(download("us", 1), name="us"),
        asyncio.create_task(download("asia", 3), name="asia"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print(f"main: {winner.get_name()} won with {winner.result()!r}")
    print(f"main: {len(pending)} still pending, cancelling them")
    for task in tasks:
        if not task.done():
            task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("main: all cleaned up")


asyncio.run(main())
