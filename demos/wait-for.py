"""wait_for: give up after a timeout

wait_for gives an awaitable a time limit and cancels it when the limit
runs out.

wait_for wraps slow_answer() in a task (Task-2) and sets a timer of its
own at 1.0 s. slow_answer needs 3 s, so the timeout wins: at 1.0 s
wait_for cancels Task-2 (see its `cancelled` line), waits for it to
finish cancelling, then raises TimeoutError in main (Task-1).

The second call runs slow_answer again as Task-3, this time with 5 s to
spare. It answers at 4.0 s (1 s + 3 s) and wait_for cancels its unused
timer.

A timeout does not just stop waiting: it cancels the work. If the work
must go on anyway, see shield.
"""
import asyncio


async def slow_answer():
    print("slow_answer: thinking for 3 s...")
    try:
        await asyncio.sleep(3)
    except asyncio.CancelledError:
        print("slow_answer: cancelled")
        raise
    return 42


async def main():
    try:
        answer = await asyncio.wait_for(slow_answer(), timeout=1)
        print(f"main: answer = {answer}")
    except asyncio.TimeoutError:
        print("main: gave up after 1 s")

    answer = await asyncio.wait_for(slow_answer(), timeout=5)
    print(f"main: answer = {answer}")


asyncio.run(main())
