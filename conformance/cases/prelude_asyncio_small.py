# Small asyncio prelude behaviours: Runner's life cycle, semaphore limits, queue
# nowait errors and LIFO order, and the stream exceptions' messages and fields.
import asyncio


async def answer():
    return 42


runner = asyncio.Runner()
runner.close()                       # never started: a no-op, still usable
with runner as r:
    print(r is runner, r.get_loop() is r.get_loop(), r.run(answer()))
runner.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
with asyncio.Runner(debug=True) as r:
    print(r.get_loop().get_debug())

for bad in (-1, -5):
    try:
        asyncio.Semaphore(bad)
    except ValueError as e:
        print("ValueError:", e)


async def main():
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("full", q.qsize())
    print(q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    lifo = asyncio.LifoQueue()
    for item in "xyz":
        lifo.put_nowait(item)
    print([lifo.get_nowait() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for item in (3, 1, 2):
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])

asyncio.run(main())

for expected in (None, 10):
    err = asyncio.IncompleteReadError(b"abc", expected)
    print(str(err), err.partial, err.expected, err.args)
over = asyncio.LimitOverrunError("too long", 7)
print(str(over), over.consumed, over.args)
