# as_completed with a timeout: results that arrived in time come out in
# arrival order, then every remaining await raises TimeoutError; the loop
# steps show when each result becomes available.
import asyncio

log = []


async def job(name, delay):
    await asyncio.sleep(delay)
    log.append(f"{name} done")
    return name


async def main():
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    ready.set_result("pre-done")
    its = asyncio.as_completed([job("a", 3), job("b", 1), ready, job("c", 2), job("d", 6)],
                               timeout=2.5)
    print(type(its).__name__)
    for i, aw in enumerate(its):
        try:
            got = await aw
            log.append(f"got {got} at {loop.time()}")
        except TimeoutError:
            log.append(f"#{i} TimeoutError at {loop.time()}")
    print(" | ".join(log))
    log.clear()
    same = asyncio.ensure_future(job("e", 1))
    for aw in asyncio.as_completed([same, same, job("f", 1)]):
        log.append(f"got {await aw}")
    print(" | ".join(log))
    print([await aw for aw in asyncio.as_completed([])])


asyncio.run(main())
