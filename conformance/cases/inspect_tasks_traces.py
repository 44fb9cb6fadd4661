# inspect on a running asyncio program: task coroutines' states, frames and locals, cr_await, trace() in an except block
import asyncio
import dataclasses
import functools
import inspect
import sys


def caller_name():
    return inspect.stack()[1].function


async def download(name, seconds):
    print(f"{name} called from {caller_name()}")
    await asyncio.sleep(seconds)
    return name.upper()


@dataclasses.dataclass
class Job:
    name: str
    seconds: float = 0.1
    tags: list = dataclasses.field(default_factory=list)


async def main():
    print("sleep:", inspect.signature(asyncio.sleep), inspect.iscoroutinefunction(asyncio.sleep))
    pending = asyncio.sleep(0)
    print("native coroutine:", inspect.iscoroutine(pending), inspect.isawaitable(pending))
    await pending
    print("job:", inspect.signature(Job))
    task = asyncio.create_task(download("alpha", 0.3))
    coro = task.get_coro()
    print("before start:", inspect.getcoroutinestate(coro), coro.cr_frame.f_lineno, coro.cr_frame.f_locals)
    await asyncio.sleep(0.1)
    print("suspended:", inspect.getcoroutinestate(coro), coro.cr_running, coro.cr_frame.f_lineno,
          inspect.getcoroutinelocals(coro), inspect.iscoroutine(coro.cr_await))
    print("result:", await task, inspect.getcoroutinestate(coro), coro.cr_frame, coro.cr_await)
    results = await asyncio.gather(*(download(n, 0.1) for n in ["b", "c"]))
    print("gathered:", results)


asyncio.run(main())


def parse(text):
    value = int(text)
    return value


def load(items):
    return [parse(item) for item in items]


try:
    load(["1", "x"])
except ValueError as exc:
    for info in inspect.trace():
        print(f"  {info.function}:{info.lineno} {info.code_context[0].strip()!r} {info.positions}")
    tb = sys.exc_info()[2]
    print("inner:", [f.function for f in inspect.getinnerframes(tb)])
    last = inspect.getinnerframes(exc.__traceback__)[-1]
    print("traceback frame:", last.frame.f_code.co_name, inspect.getframeinfo(tb).function)
print("print:", inspect.signature(print))
print("len:", inspect.signature(len), inspect.signature(sorted))
queue = asyncio.Queue()
print("queue:", inspect.signature(queue.put), inspect.signature(asyncio.Queue.get),
      inspect.iscoroutinefunction(queue.get), inspect.iscoroutinefunction(queue.put_nowait),
      asyncio.iscoroutinefunction(asyncio.Queue.join), asyncio.iscoroutinefunction(asyncio.Event().wait))
print("partial:", asyncio.iscoroutinefunction(functools.partial(download, "x")),
      asyncio.iscoroutinefunction(print), asyncio.iscoroutinefunction(asyncio.gather))
try:
    inspect.getframeinfo(None)
except AttributeError as e:
    print("AttributeError:", e)
