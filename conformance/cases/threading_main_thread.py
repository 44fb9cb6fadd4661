# threading from the one thread: current_thread/main_thread, idents, Lock/RLock/Event/Semaphore used without waiting.
import asyncio
import threading

me = threading.current_thread()
print(me.name, me is threading.main_thread(), me.daemon, me.is_alive(), threading.active_count())
print(threading.get_ident() == me.ident, isinstance(threading.get_native_id(), int))
print([t.name for t in threading.enumerate()])
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.5))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside", lock.locked())
print("outside", lock.locked())
rlock = threading.RLock()
with rlock:
    with rlock:
        print("re-entered")
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
event = threading.Event()
print(event.is_set(), event.wait(0.25))
event.set()
print(event.is_set(), event.wait())
event.clear()
print(event.is_set())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)


async def main():
    print("in a task:", threading.current_thread().name)
    name = await asyncio.to_thread(lambda: threading.current_thread() is threading.main_thread())
    print("work done", name is not None)

asyncio.run(main())
