# How await works: drive coroutine objects by hand with send/throw/close.
import types

@types.coroutine
def suspend(value):
    received = yield value
    return received

async def inner():
    got = await suspend("first")
    print("inner got", got)
    return got * 2

async def outer():
    r = await inner()
    return r + 1

c = outer()
print(c.send(None))
try:
    c.send(10)
except StopIteration as e:
    print("StopIteration value", e.value)

c2 = outer()
c2.send(None)
try:
    c2.throw(ValueError("thrown in"))
except ValueError as e:
    print("propagated:", e)

c3 = outer()
c3.send(None)
c3.close()
print("closed")
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
