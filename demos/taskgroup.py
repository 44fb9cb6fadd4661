"""TaskGroup: start together, finish together, fail together

A TaskGroup waits for all of its tasks, and when one fails it cancels
the rest.

New in Python 3.11. Tasks created with tg.create_task belong to the
group, and the `async with` block does not end until all of them have.

Group 1: A (Task-2, 1 s) and B (Task-3, 2 s) both finish, and main
(Task-1) leaves the block at 2.0 s. No task can be forgotten (compare
lost-task).

Group 2 starts at 2.0 s: C (Task-4) fails 1 s in, at 3.0 s. The group
cancels its sibling D (Task-5) at once: D's lane ends at 3.0 s with
`cancelled by the group` instead of finishing at 5.0 s. The block then
raises an ExceptionGroup holding C's ValueError.

That is the difference from gather: one failure cancels the rest, and
every error is reported.
"""
import asyncio


async def job(name, seconds, fail=False):
    print(f"{name}: start")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{name}: cancelled by the group")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name}: done")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("A", 1))
        tg.create_task(job("B", 2))
    print("main: group 1 finished, every task done")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("C", 1, fail=True))
            tg.create_task(job("D", 3))
    except ExceptionGroup as group:
        print(f"main: group 2 raised {group.exceptions!r}")


asyncio.run(main())
