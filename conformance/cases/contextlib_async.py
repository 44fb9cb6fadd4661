# contextlib.asynccontextmanager (errors swallowed, passed through, misbehaving generators), suppress and nullcontext.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def session(name, mode="ok"):
    print("open", name)
    try:
        if mode == "none":
            return
        yield name * 2
        if mode == "twice":
            yield name
    except RuntimeError as e:
        print("async swallowed", e)
    finally:
        print("close", name)


async def attempt(label, cm, exc=None):
    try:
        async with cm as v:
            print("  got", v)
            if exc is not None:
                raise exc
        print(label, "ok")
    except BaseException as e:
        print(label, type(e).__name__, e)


async def main():
    await attempt("plain", session("s"))
    await attempt("swallowed", session("t"), RuntimeError("inside"))
    await attempt("passed", session("u"), KeyError("u"))
    await attempt("no yield", session("v", "none"))
    await attempt("two yields", session("w", "twice"))
    await attempt("stop", session("x"), StopAsyncIteration("x"))
    with contextlib.suppress(KeyError, IndexError):
        [][1]
    with contextlib.suppress():
        print("nothing to suppress")
    try:
        with contextlib.suppress(KeyError):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("escaped", e)
    with contextlib.nullcontext(5) as n:
        print("null", n)
    async with contextlib.nullcontext(6) as n:
        print("async null", n)


asyncio.run(main())
