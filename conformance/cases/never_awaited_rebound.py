# A coroutine freed by rebinding the only name that held it: CPython warns at
# the rebinding statement's line, at module level and inside a function.
import asyncio

x = asyncio.sleep(2)
x = None
print("module done")


def f():
    y = asyncio.sleep(1)
    y = 5
    print("f done", y)


f()
