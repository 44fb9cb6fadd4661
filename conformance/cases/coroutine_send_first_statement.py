# coro.send(None) as the program's first use of any builtin: the coroutine's methods are there from the start.
async def answer():
    return 42

coro = answer()
step = coro.send
try:
    step(None)
except StopIteration as e:
    print("returned", e.value)
