# A failing child cancels its slower siblings; a faster one had already finished.
import asyncio


async def ok(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def bad():
    await asyncio.sleep(0.03)
    raise ValueError("boom")


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("fast", 0.01, log))
            tg.create_task(bad())
            tg.create_task(ok("slow1", 0.08, log))
            tg.create_task(ok("slow2", 0.09, log))
    except ExceptionGroup as eg:
        log.append(f"caught {len(eg.exceptions)} {eg.exceptions[0]!r}")
    print(sorted(log))


asyncio.run(main())
