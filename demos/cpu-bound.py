"""CPU-bound work: a long computation holds the loop too

A long computation without an await holds the loop just as time.sleep
does, for as long as it computes.

Round 1: the ticker (Task-2) prints `tick 0` and sleeps 0.01 s. Then
crunch (Task-3) adds up 3,000,000 squares in a plain loop, with no
await inside: one step of 0.216 s. On the time axis the loop lane is
blocked (▓) from 0 to 0.216 s while crunch's lane runs. The ticker's
timer is due at 0.01 s, but the loop cannot even fire it until crunch
returns: the ticker's lane stays on its sleep until 0.216 s, tick 1
comes after `crunch: done`, 0.206 s late, and ticks 2 to 4 follow
0.01 s apart. The lint reports the step as asyncio's debug mode does:
"Executing <Task ...> took 0.216 seconds".

Round 2: crunch_politely adds up 500,000 squares but awaits sleep(0)
every 50,000, so each of its steps takes 0.006 s. A due timer still
waits for the chunk that is running, and the woken ticker queues
behind crunch's next chunk, so while crunch runs the ticks come 0.012
to 0.024 s apart instead of 0.01 s; but the loop is never blocked for
long: no ▓ on the loop lane. main prints the total once both are done.
For real number crunching, run it elsewhere (a process pool); asyncio
only helps with waiting.

The times are Loopscope's CPU cost model; python3 takes its own time
for the same loops on your machine (within about 2x of these) and
prints the same lines in the same order.
"""
import asyncio


async def ticker():
    for i in range(5):
        print(f"tick {i}")
        await asyncio.sleep(0.01)


async def crunch(n):
    total = 0
    for i in range(n):
        total += i * i
    print(f"crunch: done, total = {total}")


async def crunch_politely(n):
    total = 0
    for i in range(n):
        total += i * i
        if i % 50000 == 49999:
            await asyncio.sleep(0)
    return total


async def main():
    print("-- round 1: never yields --")
    await asyncio.gather(ticker(), crunch(3_000_000))
    print("-- round 2: yields every 50000 --")
    _, total = await asyncio.gather(ticker(), crunch_politely(500_000))
    print(f"crunch_politely: done, total = {total}")


asyncio.run(main())
