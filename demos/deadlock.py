"""Deadlock: two tasks, two locks, waiting for each other forever

Two tasks that each hold a lock the other needs wait for each other
forever.

alice (Task-2) takes the fork, bob (Task-3) takes the knife. At 1.0 s
each wants the other one: alice waits on the knife, bob on the fork.
Neither will ever let go, because each lets go only after getting the
other.

Now nothing is ready and no timer is set: nothing can ever happen
again. CPython would sit there forever, showing nothing. Loopscope
stops and names the stuck tasks: main (Task-1) waiting for the gather,
and alice and bob each waiting for a lock at line 29
(`async with second:`). The run ends with `loopscope: deadlock: 3
tasks wait forever` on stderr and exit status 1.

The fix: take locks in the same order everywhere (fork, then knife), or
hold only one at a time.
"""
import asyncio


async def diner(name, first, second, first_name, second_name):
    async with first:
        print(f"{name}: took the {first_name}")
        await asyncio.sleep(1)
        print(f"{name}: waiting for the {second_name}")
        async with second:
            print(f"{name}: eating")


async def main():
    fork = asyncio.Lock()
    knife = asyncio.Lock()
    await asyncio.gather(
        diner("alice", fork, knife, "fork", "knife"),
        diner("bob", knife, fork, "knife", "fork"),
    )


asyncio.run(main())
