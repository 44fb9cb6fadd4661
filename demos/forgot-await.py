"""A forgotten await: the coroutine never runs

Calling an async def without await runs nothing: it only creates a
coroutine object.

Line 28 (`save("draft")`) builds a coroutine object and throws it
away: save never runs. No task is created, no lane appears, and the
line `save: saving draft` is never printed.

CPython notices when the unused coroutine object is destroyed and prints
`RuntimeWarning: coroutine 'save' was never awaited` on stderr, pointing
at the call. Loopscope's lint says the same, with the line.

The second call, `await save("final")`, runs inside main's lane and
takes its 1 s. Calling an async def is not doing it: await it, or hand
it to asyncio.create_task.
"""
import asyncio


async def save(name):
    print(f"save: saving {name}")
    await asyncio.sleep(1)
    print(f"save: {name} saved")


async def main():
    save("draft")  # forgot the await: nothing happens
    await save("final")
    print("main: done")


asyncio.run(main())
