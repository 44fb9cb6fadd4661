# 3.11 suggests the closest name for a module attribute typo ("Did you mean"), printed only in the traceback.
import asyncio

try:
    asyncio.create_tsk
except AttributeError as e:
    print("str has no suggestion:", e)
    print(e.name)

async def main():
    await asyncio.slep(1)

asyncio.run(main())
