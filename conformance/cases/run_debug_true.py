# asyncio.run(..., debug=True) turns on the loop's debug mode.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug())
    loop.set_debug(False)
    print(loop.get_debug())
    return "ok"

print(asyncio.run(main(), debug=True))
print(asyncio.run(main()))
