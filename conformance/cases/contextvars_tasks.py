# contextvars and asyncio: each task runs in a copy of the context at create_task, context= for tasks and callbacks.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="-")


def log(msg):
    print(f"[{request.get()}] {msg}")


async def handle(n):
    request.set(f"req-{n}")
    await asyncio.sleep(0.1 * (3 - n))
    log(f"handled {n}")
    return request.get()


async def child():
    log("child sees the parent's value")
    request.set("child")
    log("child changed its copy")


async def main():
    log("main starts")
    print(await asyncio.gather(*(handle(i) for i in range(3))))
    log("gather left main's value alone")
    request.set("main")
    await asyncio.create_task(child())
    log("still main")
    ctx = contextvars.copy_context()
    request.set("later")
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(lambda: log("callback in a captured context"))
    loop.call_soon(lambda: (log("callback with context="), done.set_result(None)), context=ctx)
    await done
    fresh = contextvars.Context()
    await asyncio.create_task(handle(7), context=fresh)
    print(fresh[request], request.get())
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log("done callback"), context=ctx)
    fut.set_result(1)
    await asyncio.sleep(0)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle(1), context=ctx)
    print(ctx[request])
    await loop.run_in_executor(None, log, "in a modelled thread")


request.set("top")
asyncio.run(main())
log("after run")
with asyncio.Runner() as runner:
    ctx = contextvars.Context()
    print(runner.run(handle(2), context=ctx), ctx[request])
log("end")
