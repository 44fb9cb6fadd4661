# TaskGroup: a child failure cancels the body and the siblings (the parent's
# cancel request is withdrawn afterwards), an outside cancel reaches every
# child, and a child failing after the body ended is still collected.
import asyncio

log = []


async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail:
        raise ValueError(name)
    log.append(f"{name} ok")


async def body_waits(tg_fail_at):
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("s1", 5))
            tg.create_task(child("bad", tg_fail_at, fail=True))
            tg.create_task(child("s2", 5))
            try:
                await asyncio.sleep(3)
                log.append("body finished")
            except asyncio.CancelledError:
                log.append(f"body cancelled, cancelling={me.cancelling()}")
                raise
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions], "cancelling", me.cancelling())
    print("  ", sorted(log))
    log.clear()


async def cancelled_from_outside():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("o1", 5))
        tg.create_task(child("o2", 5))
        await asyncio.sleep(10)


async def main():
    loop = asyncio.get_running_loop()
    await body_waits(1)
    await body_waits(4)
    t = asyncio.create_task(cancelled_from_outside())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancel propagated at", loop.time(), sorted(log), t.cancelling())
    log.clear()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("late", 1))
        print(repr(tg).replace(" entered", " [entered]"))
    print(repr(tg))


asyncio.run(main())
