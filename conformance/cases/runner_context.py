# asyncio.Runner: one loop for several run() calls.
import asyncio

async def step(n):
    await asyncio.sleep(n)
    return asyncio.get_running_loop().time()

with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())

r = asyncio.Runner(debug=True)
print(r.run(step(0.5)), r.get_loop().get_debug())
r.close()
try:
    r.run(step(1))
except RuntimeError as e:
    print("RuntimeError:", e)
