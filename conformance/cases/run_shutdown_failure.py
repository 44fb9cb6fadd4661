# At the end of asyncio.run, leftover tasks are cancelled (in set order, so
# printed sorted); one that answers the cancellation with an exception is reported through
# the loop's exception handler, and asyncio.run still returns normally.
import asyncio

seen = []


async def stubborn(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        seen.append(name)
        raise ValueError(f"{name} refused to stop")


async def polite(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        seen.append(name)
        raise


async def main():
    for make, name in ((polite, "p1"), (stubborn, "s1"), (polite, "p2")):
        asyncio.create_task(make(name))
    await asyncio.sleep(1)
    print("main done")
    return "result"


print(asyncio.run(main()), sorted(seen))
seen.clear()
with asyncio.Runner() as runner:
    print(runner.run(main()), runner.get_loop().is_closed())
print("after runner", sorted(seen))
