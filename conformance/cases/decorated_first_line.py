# A decorated def or class starts at its first decorator: co_firstlineno, "defined at", a new coroutine's line.
import asyncio
import functools

def tag(f):
    return f

@tag
@tag
def plain():
    raise ValueError("inside plain")

@functools.lru_cache
def cached():
    return 1

@tag
class Box:
    @staticmethod
    def helper():
        pass

    @property
    def size(self):
        return 3

@tag
async def job(n):
    await asyncio.sleep(0)
    return n

@tag
def gen():
    yield 1

print(plain.__code__.co_firstlineno, cached.__wrapped__.__code__.co_firstlineno)
print(Box.helper.__code__.co_firstlineno, Box.size.fget.__code__.co_firstlineno, job.__code__.co_firstlineno)

async def main():
    t = asyncio.create_task(job(1), name="job")
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    asyncio.get_running_loop().call_soon(plain)
    await asyncio.sleep(0)

asyncio.run(main())
try:
    plain()
except ValueError as e:
    print("line of the raise:", e.__traceback__.tb_next.tb_lineno)
g = gen()
g.throw(KeyError("thrown before the first next"))
