# a coroutine driven by hand with send/throw/close, its state and cr_await at each step (how await works)
import asyncio, inspect, types
@types.coroutine
def suspend():
    value = yield "paused"
    return value
async def coro():
    print("  got", await suspend())
    await asyncio.sleep(0)
    return 7
c = coro()
print(inspect.getcoroutinestate(c), c.cr_await)
print("yielded", c.send(None))
print(inspect.getcoroutinestate(c), type(c.cr_await).__name__, c.cr_await.gi_frame.f_lineno, inspect.getgeneratorstate(c.cr_await))
print("yielded", c.send("hello"))
print(inspect.getcoroutinestate(c), c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value, inspect.getcoroutinestate(c))
c2 = coro()
c2.send(None)
c2.close()
print(inspect.getcoroutinestate(c2))
c3 = coro()
try:
    c3.throw(ValueError("x"))
except ValueError:
    print("thrown", inspect.getcoroutinestate(c3))
