// Standard modules written in Python, compiled on first import.

enum PreludeSources {
    static let itertools = #"""
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element

def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj

def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    it = iter(iterable)
    i = 0
    nexti = start
    for element in it:
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1

def chain(*iterables):
    for it in iterables:
        for element in it:
            yield element

def _from_iterable(iterables):
    for it in iterables:
        for element in it:
            yield element

chain.from_iterable = _from_iterable

def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total

def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)

def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    def rec(prefix, remaining):
        if len(prefix) == r:
            yield tuple(prefix)
            return
        for i in range(len(remaining)):
            yield from rec(prefix + [remaining[i]], remaining[:i] + remaining[i + 1:])
    yield from rec([], list(pool))

def _ordered_picks(pool, r, reuse):
    # r-tuples of pool taken in position order; with reuse a position may repeat.
    n = len(pool)
    def rec(start, prefix):
        if len(prefix) == r:
            yield tuple(prefix)
            return
        for i in range(start, n):
            yield from rec(i if reuse else i + 1, prefix + [pool[i]])
    yield from rec(0, [])

def combinations(iterable, r):
    yield from _ordered_picks(tuple(iterable), r, False)

def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)

def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break

def dropwhile(predicate, iterable):
    iterable = iter(iterable)
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x

def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b

class groupby:
    def __init__(self, iterable, key=None):
        self._key = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._done = False
        self._pending = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending is None:
            if self._done:
                raise StopIteration
            try:
                value = next(self._it)
            except StopIteration:
                self._done = True
                raise
            self._pending = (self._key(value), value)
        key = self._pending[0]
        group = [self._pending[1]]
        self._pending = None
        for value in self._it:
            k = self._key(value)
            if k == key:
                group.append(value)
            else:
                self._pending = (k, value)
                break
        else:
            self._done = True
        return key, iter(group)

def starmap(function, iterable):
    for args in iterable:
        yield function(*args)

def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d

def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if pool or not r:
        yield from _ordered_picks(pool, r, True)

def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mine.pop(0)
    return tuple(gen(b) for b in buffers)

def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x
"""#

    static let contextlib = #"""
# Written to behave as CPython 3.11's contextlib for the parts Loopscope offers:
# generator-based context managers (sync and async), suppress, nullcontext.

_NOTHING = object()


def _threw_back(raised, error, converted):
    """Whether what came out of the generator, when `error` was thrown in at its yield, is
    `error` itself: as is, or as the RuntimeError a generator turns an escaping
    StopIteration into (PEP 479), whose __cause__ is the original."""
    if raised is error:
        return True
    return isinstance(error, converted) and isinstance(raised, RuntimeError) and raised.__cause__ is error


class _GeneratorContextManager:
    # The body of the with statement runs where the generator yields.
    def __init__(self, make, args, kwargs):
        self.gen = make(*args, **kwargs)

    def __enter__(self):
        value = next(self.gen, _NOTHING)
        if value is _NOTHING:
            raise RuntimeError("generator didn't yield")
        return value

    def __exit__(self, kind, error, tb):
        if kind is None:
            # A clean exit resumes the generator, which must then finish.
            if next(self.gen, _NOTHING) is _NOTHING:
                return False
            self._give_up("generator didn't stop")
        if error is None:
            error = kind()
        try:
            self.gen.throw(error)
        except StopIteration as finished:
            # The generator caught the error and returned: the error is swallowed,
            # unless the error was that very StopIteration.
            return finished is not error
        except BaseException as raised:
            if _threw_back(raised, error, StopIteration):
                # False: the with statement re-raises the original error itself.
                return False
            raise
        self._give_up("generator didn't stop after throw()")

    def _give_up(self, complaint):
        # A generator that yielded once too often is closed (its finally blocks run now,
        # not whenever it is collected) before the complaint is raised.
        try:
            raise RuntimeError(complaint)
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager:
    def __init__(self, make, args, kwargs):
        self.gen = make(*args, **kwargs)

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            pass
        raise RuntimeError("generator didn't yield")

    async def __aexit__(self, kind, error, tb):
        if kind is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            await self._give_up("generator didn't stop")
        if error is None:
            error = kind()
        try:
            await self.gen.athrow(error)
        except StopAsyncIteration as finished:
            return finished is not error
        except BaseException as raised:
            # An async generator converts both kinds of stop into RuntimeError.
            if _threw_back(raised, error, (StopIteration, StopAsyncIteration)):
                return False
            raise
        await self._give_up("generator didn't stop after athrow()")

    async def _give_up(self, complaint):
        try:
            raise RuntimeError(complaint)
        finally:
            await self.gen.aclose()


def _manager_factory(func, manager):
    def make(*args, **kwargs):
        return manager(func, args, kwargs)
    # Keep the decorated function's identity, as functools.wraps would.
    make.__name__ = func.__name__
    make.__qualname__ = func.__qualname__
    make.__wrapped__ = func
    return make


def contextmanager(func):
    return _manager_factory(func, _GeneratorContextManager)


def asynccontextmanager(func):
    return _manager_factory(func, _AsyncGeneratorContextManager)


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions   # a tuple, as issubclass() takes it

    def __exit__(self, kind, error, tb):
        # No exception at all: nothing to suppress (issubclass would reject None).
        return kind is not None and issubclass(kind, self._exceptions)

    def __enter__(self):
        return None


class nullcontext:
    # A stand-in manager: both kinds of `with` hand back enter_result and let
    # every exception through.
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __exit__(self, *exc_info):
        return None

    async def __aexit__(self, *exc_info):
        return None

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result
"""#
}
