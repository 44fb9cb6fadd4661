# wait_for on a shielded job times out, but the job itself finishes.
import asyncio


async def job(log):
    await asyncio.sleep(0.06)
    log.append("job finished")
    return 42


async def main():
    log = []
    task = asyncio.create_task(job(log))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.02)
    except TimeoutError:
        log.append("gave up waiting")
    log.append(f"result {await task}")
    print(log)


asyncio.run(main())
