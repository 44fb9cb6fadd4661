"""A lost task: fire and forget, and it never finishes

A task that nothing waits for is cancelled when asyncio.run shuts
down, finished or not.

Line 37 (`asyncio.create_task(send_report())`) creates Task-2 but keeps
no reference to it and never awaits it. Task-2 prints `Report:
sending...` and suspends for 2 s.

main (Task-1) only waits 1 s, then returns. When main returns,
asyncio.run shuts down: it cancels every task still pending. At 1.0 s
CancelledError is thrown into Task-2 at its `await asyncio.sleep(2)`;
its except block prints that the report was never sent. Its lane ends
in a cancellation, not a completion.

The primer warns that an unreferenced task may be garbage collected.
The more common way to lose one is this: nothing waits for it. Keep a
reference and await it before main returns (or use a TaskGroup, see
taskgroup). Loopscope's lints flag the dropped task and the
cancellation at shutdown.
"""
import asyncio


async def send_report():
    print("Report: sending...")
    try:
        await asyncio.sleep(2)
        print("Report: sent!")
    except asyncio.CancelledError:
        print("Report: cancelled at shutdown, never sent")
        raise


async def main():
    print("main: starting the report in the background")
    asyncio.create_task(send_report())  # no reference, never awaited
    await asyncio.sleep(1)
    print("main: done, returning")


asyncio.run(main())
