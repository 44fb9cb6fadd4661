"""await outside a function: the program never starts

await is only allowed inside an async def, and a file that breaks this
rule does not run at all.

Not even `Starting...` is printed: Python compiles the whole file
before it runs its first line, and compiling stops at line 36
(`await say_hello()`) with `SyntaxError: 'await' outside function`.
There is no loop and no lane.

await only means something inside an async def: it suspends the
coroutine it appears in. At the top level of a script there is no
coroutine to suspend and no event loop to return to.

The fix is to move the await into a coroutine and start that once:

    async def main():
        await say_hello()

    asyncio.run(main())

(Jupyter and `python3 -m asyncio` accept a top-level await because they
already run a loop for you.)
"""
import asyncio


async def say_hello():
    await asyncio.sleep(2)
    print("Hello, Async!")


print("Starting...")

# ERROR: 'await' outside an async function
await say_hello()
