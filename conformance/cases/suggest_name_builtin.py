# A misspelt builtin inside a coroutine: the uncaught traceback ends with a suggestion.
import asyncio

async def main():
    await asyncio.sleep(0)
    prnt("hello")

asyncio.run(main())
