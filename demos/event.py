"""Event: one signal wakes every waiter

An Event lets many tasks wait for one signal, and stays set once it is
given.

Three runners (Task-2, Task-3, Task-4) get to the line at 0.0 s and
suspend on Event.wait(). Their lanes wait; no timer is involved, they
wait for a flag.

At 2.0 s main (Task-1) calls event.set(). That wakes all three at once,
in the order they started waiting, and each prints `go!`.

Unlike a Lock, an Event does not hand out turns: once set, it stays
set, and anyone who calls wait() later, like the latecomer here, goes
straight through without suspending.
"""
import asyncio


async def runner(name, start):
    print(f"{name}: waiting for the signal")
    await start.wait()
    print(f"{name}: go!")


async def main():
    start = asyncio.Event()
    runners = [asyncio.create_task(runner(f"runner {i}", start)) for i in (1, 2, 3)]
    await asyncio.sleep(2)
    print("main: ready, set...")
    start.set()
    await asyncio.gather(*runners)
    await runner("latecomer", start)


asyncio.run(main())
