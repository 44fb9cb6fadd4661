# The `queue` module with threads: FIFO, LIFO and priority order, the
# non-blocking forms raising Empty/Full, task_done/join
# accounting, and a worker thread filling a queue the main thread drains.
import queue
import threading

fifo, lifo, prio = queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()
for q in (fifo, lifo, prio):
    for item in (3, 1, 2):
        q.put(item)
print([fifo.get() for _ in range(3)], [lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])

small = queue.Queue(maxsize=2)
small.put("a")
small.put_nowait("b")
print(small.full(), small.qsize(), small.empty(), small.maxsize)
try:
    small.put("c", block=False)
except queue.Full:
    print("Full")
print(small.get(), small.get_nowait(), small.empty())
try:
    small.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), isinstance(e, Exception))
try:
    small.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

print(small.unfinished_tasks)
small.task_done()
small.task_done()
try:
    small.task_done()
except ValueError as e:
    print("ValueError:", e)
small.join()

results = queue.Queue()


def produce(n):
    for i in range(n):
        results.put((threading.current_thread().name, i * i))


workers = [threading.Thread(target=produce, args=(3,), name=f"w{k}") for k in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
drained = []
while not results.empty():
    drained.append(results.get())
    results.task_done()
print(sorted(drained))
results.join()

simple = queue.SimpleQueue()
simple.put(1)
simple.put_nowait(2)
print(simple.qsize(), simple.get(), simple.get_nowait(), simple.empty())
try:
    simple.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.Empty, Exception))
