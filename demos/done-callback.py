"""Done callbacks: code that runs when a task finishes

A done callback is a plain function that the loop calls, between task
steps, once a task has finished.

Two brews start as tasks named tea (2 s) and coffee (1 s), and main
(Task-1) registers report() on each with add_done_callback.

At 1.0 s coffee finishes. Its callbacks are not called inside its lane:
they are scheduled on the loop with call_soon and run as plain handles
between task steps. report() comes first because it was added first;
gather's own callback, added later, comes after it. At 2.0 s the same
happens for tea, and gather's callback wakes main.

A callback is an ordinary function, not a coroutine: it cannot await,
and it gets the finished task as its argument. Keep it short; it holds
the loop like any other step.
"""
import asyncio


def report(task):
    print(f"callback: {task.get_name()} finished: {task.result()}")


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    return f"{drink} is ready"


async def main():
    tea = asyncio.create_task(brew("tea", 2), name="tea")
    coffee = asyncio.create_task(brew("coffee", 1), name="coffee")
    tea.add_done_callback(report)
    coffee.add_done_callback(report)
    print("main: callbacks registered, waiting")
    await asyncio.gather(tea, coffee)
    print("main: both drinks served")


asyncio.run(main())
