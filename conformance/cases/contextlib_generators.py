# contextlib.contextmanager: the value yielded, exceptions passed in, swallowed, replaced, and generators that misbehave.
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
def misbehaving(kind):
    try:
        if kind == "none":
            return
        try:
            yield 1
        except ValueError:
            yield 3  # a second yield after the error was thrown in
        if kind == "twice":
            yield 2
    finally:
        print("  closed", kind)


def attempt(label, cm, exc=None):
    try:
        with cm as v:
            print("  got", v)
            if exc is not None:
                raise exc
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e, "| cause:", repr(e.__cause__))


attempt("plain", tagged("a"))
attempt("swallow", tagged("b", ValueError), ValueError("bad"))
attempt("through", tagged("c", ValueError), KeyError("k"))
attempt("replace", replacing(), KeyError("k"))
attempt("no yield", misbehaving("none"))
attempt("two yields", misbehaving("twice"))
attempt("yield after throw", misbehaving("again"), ValueError("v"))
attempt("stop iteration", misbehaving("once"), StopIteration("s"))
print(tagged.__name__, tagged.__wrapped__.__name__)
