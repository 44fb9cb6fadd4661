"""await vs asyncio.run: one starts the loop, the other lives inside it

asyncio.run starts the event loop once, from ordinary code; await is
how coroutines wait for each other inside it.

asyncio.run(main()) is the bridge from ordinary code: it creates the
event loop, runs main as Task-1, and closes the loop when main returns.

Inside, `await say_hello()` does not start anything new. say_hello runs
as part of Task-1, so there is a single lane: it suspends at line 22
(`await asyncio.sleep(2)`) inside say_hello, and at 2.0 s resumes and
prints `Hello, Async!`.

The rule: call asyncio.run once, at the top of the program; everywhere
inside an async def, use await. await-outside and nested-run show what
happens when the two are swapped.
"""
import asyncio


async def say_hello():
    await asyncio.sleep(2)  # Simulating an async task
    print("Hello, Async!")


async def main():
    await say_hello()  # Allowed because we are inside an async function


asyncio.run(main())  # Running the main function from sync code
