# wait_for's outcomes and the loop step each lands on: a tie between the
# timeout and the result, result first, timeout first, a swallowed cancel.
import asyncio

log = []


async def stepper(at, steps):
    # Counts loop iterations from a given moment, so a step's number shows
    # how many callbacks away from the deadline each party woke up.
    await asyncio.sleep(at)
    for n in range(steps):
        log.append(f"step {n}")
        await asyncio.sleep(0)


async def inner(label, delay, swallow):
    try:
        await asyncio.sleep(delay)
        log.append(f"{label}: inner done")
        return label
    except asyncio.CancelledError:
        log.append(f"{label}: inner cancelled")
        if swallow:
            return f"{label}: kept going"
        raise


async def trial(label, delay, timeout, swallow=False):
    t0 = asyncio.get_running_loop().time()
    asyncio.create_task(stepper(timeout if timeout is not None else delay, 6))
    try:
        got = await asyncio.wait_for(inner(label, delay, swallow), timeout)
        log.append(f"{label}: returned {got!r}")
    except TimeoutError as e:
        log.append(f"{label}: TimeoutError from {type(e.__cause__).__name__}")
    await asyncio.sleep(1)
    print(f"{label} (t={t0}):", " | ".join(log))
    log.clear()


async def main():
    await trial("tie", 1, 1)
    await trial("result-first", 1, 2)
    await trial("timeout-first", 2, 1)
    await trial("swallowed", 2, 1, swallow=True)
    await trial("zero", 1, 0)
    await trial("negative", 1, -1, swallow=True)
    await trial("no-timeout", 1, None)


asyncio.run(main())
