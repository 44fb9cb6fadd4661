# inspect's frames (currentframe, stack, getframeinfo, getouterframes) and generator/coroutine states
import asyncio
import inspect

HERE = __file__


def where():
    # Only the program's frames: the stack outside it belongs to the runner.
    caller = inspect.stack()[1]
    return f"{caller.function}:{caller.lineno} {caller.code_context[0].strip()!r}"


def outer():
    return inner()


def inner():
    info = inspect.getframeinfo(inspect.currentframe())
    print("frameinfo:", info.function, info.lineno, info.index, info.code_context,
          info.filename == HERE, info.positions)
    print("tuple:", info[:3] == (HERE, info.lineno, "inner"), len(info))
    frames = [f for f in inspect.getouterframes(inspect.currentframe()) if f.filename == HERE]
    print("outer:", [(f.function, f.lineno) for f in frames])
    print("fields:", inspect.FrameInfo._fields, inspect.Traceback._fields)
    wide = inspect.getframeinfo(inspect.currentframe(), context=3)
    print("context 3:", wide.index, [l.strip() for l in wide.code_context])
    print(where())
    fr = inspect.currentframe()
    print("frame:", inspect.isframe(fr), fr.f_code.co_name, fr.f_back.f_code.co_name,
          inspect.getlineno(fr), inspect.getargvalues(fr).args)


outer()


def numbers():
    print("  inside:", inspect.getgeneratorstate(gen))
    yield 1
    yield 2


gen = numbers()
print([name for name in dir(gen) if name.startswith("gi_")])
print(inspect.getgeneratorstate(gen), gen.gi_running, gen.gi_frame.f_lineno, gen.gi_yieldfrom)
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame.f_lineno, inspect.getgeneratorlocals(gen))
list(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame, inspect.getgeneratorlocals(gen))
g2 = numbers()
g2.close()
print("closed early:", inspect.getgeneratorstate(g2))


def delegate():
    total = yield from numbers()
    return total

d = delegate()
next(d)
print("yieldfrom:", d.gi_yieldfrom.__name__, inspect.getgeneratorstate(d.gi_yieldfrom))
d.close()


async def child(n):
    await asyncio.sleep(n)
    return n


async def parent():
    me = asyncio.current_task().get_coro()
    print("  running:", inspect.getcoroutinestate(me), me.cr_running)
    return await child(1)


async def main():
    c = parent()
    print([name for name in dir(c) if not name.startswith("_")])
    print(inspect.getcoroutinestate(c), c.cr_frame.f_lineno, c.cr_await, c.cr_origin,
          c.cr_code.co_name, inspect.getcoroutinelocals(c))
    task = asyncio.create_task(c)
    await asyncio.sleep(0.5)
    print(inspect.getcoroutinestate(c), c.cr_running, c.cr_frame.f_lineno,
          c.cr_await.__qualname__, inspect.getcoroutinestate(c.cr_await),
          c.cr_await.cr_frame.f_lineno, inspect.getcoroutinelocals(c.cr_await))
    print("result:", await task, inspect.getcoroutinestate(c), c.cr_frame, c.cr_await)
    here = inspect.currentframe()
    print("main frame:", here.f_code.co_name, here.f_lineno, inspect.iscoroutine(c))
    print(where())

asyncio.run(main())
print("module:", inspect.currentframe().f_code.co_name, where())
