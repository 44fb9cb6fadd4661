# contextlib.contextmanager / asynccontextmanager: the value yielded, exceptions passed in, swallowed, replaced, and generators that misbehave.
import asyncio
import contextlib


@contextlib.contextmanager
def tagged(name, swallow=()):
    print("enter", name)
    try:
        yield name.upper()
    except swallow as e:
        print("swallowed", repr(e))
    finally:
        print("exit", name)


@contextlib.contextmanager
def replacing():
    try:
        yield
    except KeyError as e:
        raise LookupError("wrapped %s" % e) from e


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


@contextlib.contextmanager
def ignores_error():
    try:
        yield
    except ValueError:
        yield


@contextlib.contextmanager
def stops():
    yield
    return


def attempt(label, body):
    try:
        body()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e, "| cause:", repr(e.__cause__))


def use(cm, exc=None):
    def body():
        with cm as v:
            print("  got", v)
            if exc is not None:
                raise exc
    return body


attempt("plain", use(tagged("a")))
attempt("swallow", use(tagged("b", ValueError), ValueError("bad")))
attempt("through", use(tagged("c", ValueError), KeyError("k")))
attempt("replace", use(replacing(), KeyError("k")))
attempt("no yield", use(no_yield()))
attempt("two yields", use(two_yields()))
attempt("yield after throw", use(ignores_error(), ValueError("v")))
attempt("stop iteration", use(stops(), StopIteration("s")))
print(tagged.__name__, tagged.__wrapped__.__name__)


@contextlib.asynccontextmanager
async def session(name, fail_exit=False):
    print("open", name)
    try:
        yield name * 2
    except RuntimeError as e:
        print("async swallowed", e)
    finally:
        print("close", name)


async def main():
    async with session("s") as v:
        print("  got", v)
    async with session("t"):
        raise RuntimeError("inside")
    try:
        async with session("u"):
            raise KeyError("u")
    except KeyError as e:
        print("async passed", repr(e))
    with contextlib.suppress(KeyError, IndexError):
        [][1]
    with contextlib.nullcontext(5) as n:
        print("null", n)
    async with contextlib.nullcontext(6) as n:
        print("async null", n)


asyncio.run(main())
