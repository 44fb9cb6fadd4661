"""as_completed: handle each result as soon as it is ready

as_completed gives you results in the order the tasks finish, not the
order they started.

Three downloads start at 0.0 s as Task-2 (slow, 3 s), Task-3 (fast,
1 s) and Task-4 (medium, 2 s). as_completed hands main (Task-1) one
awaitable per task; each `await` yields the next task to finish,
whichever it is.

So main wakes three times, at 1.0, 2.0 and 3.0 s, and prints fast,
medium, slow: the order of finishing, not of starting. With gather
(see gather-results) main would wake once, at 3.0 s, with the results
in the original order.

Use as_completed when early results are useful on their own: showing
progress, or starting the next step for each one sooner.
"""
import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} ({seconds} s)"


async def main():
    tasks = [
        asyncio.create_task(download("slow", 3)),
        asyncio.create_task(download("fast", 1)),
        asyncio.create_task(download("medium", 2)),
    ]
    for next_done in asyncio.as_completed(tasks):
        result = await next_done
        print(f"main: got {result}")


asyncio.run(main())
