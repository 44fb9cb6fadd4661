# Cancelling a sleeping task: CancelledError at its await, its finally runs.
import asyncio


async def sleeper(log):
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        log.append("cancelled in sleep")
        raise
    finally:
        log.append("finally")


async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw it")
    print(log)


asyncio.run(main())
