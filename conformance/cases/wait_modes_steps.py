# asyncio.wait in each mode: what counts as "first exception" (a cancelled
# task does not), ties with the timeout, duplicates, and the loop step on
# which the caller wakes up relative to other ready callbacks.
import asyncio

log = []


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    log.append(f"{name} ends")
    if fail:
        raise OSError(name)
    return name


async def stepper(at, steps):
    await asyncio.sleep(at)
    for n in range(steps):
        log.append(f"step {n}")
        await asyncio.sleep(0)


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def run(label, specs, **kw):
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(*s), name=s[0]) for s in specs]
    asyncio.create_task(stepper(kw.pop("probe"), 5))
    if kw.pop("cancel_first", False):
        loop.call_later(0.5, tasks[0].cancel)
    done, pending = await asyncio.wait(tasks + tasks[:1], **kw)
    log.append("wait returned")
    print(label, names(done), names(pending), loop.time() % 100)
    await asyncio.sleep(6)
    errors = [repr(t.exception()) for t in tasks if not t.cancelled() and t.exception()]
    print("  ", " | ".join(log), errors)
    log.clear()


async def main():
    await run("first-exc", [("x", 1), ("y", 2, True), ("z", 3)],
              return_when=asyncio.FIRST_EXCEPTION, probe=2)
    await run("cancelled-not-exc", [("c", 1), ("d", 2), ("e", 3, True)],
              return_when=asyncio.FIRST_EXCEPTION, cancel_first=True, probe=3)
    await run("no-exc", [("f", 1), ("g", 2)],
              return_when=asyncio.FIRST_EXCEPTION, probe=2)
    await run("first-tie", [("h", 2), ("i", 2)],
              return_when=asyncio.FIRST_COMPLETED, timeout=2, probe=2)
    await run("all-timeout-tie", [("j", 1), ("k", 2)], timeout=2, probe=2)
    await run("all", [("l", 1), ("m", 1, True)], probe=1)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
