# Coroutines created but never awaited, still referenced by globals when the
# program dies of an exception: CPython warns about them at shutdown, after
# the traceback, as it frees the list holding them (last item first).
import asyncio


async def first_step():
    return 1


async def second_step():
    return 2


pending = [first_step(), second_step()]
print("made", len(pending), "coroutines")


async def main():
    await asyncio.sleep(0)
    raise LookupError("nothing to await here")


asyncio.run(main())
