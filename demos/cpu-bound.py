"""CPU-bound work: a long computation holds the loop too

A long computation without an await holds the loop just as time.sleep
does.

Round 1: the ticker (Task-2) prints `tick 0` and yields with sleep(0).
Then crunch (Task-3) adds up 200000 squares in a plain loop, with no
await inside. The ticker cannot tick until crunch has finished: ticks
1 to 4 all come after `crunch: done`.

Loopscope does not turn computation into seconds: on the time axis
all of this happens at 0.0 s. Switch to the steps axis (press a) to
see the order: tick 0, then Task-3's one enormous step, then the other
ticks. The lint reports Task-3 for running a long stretch of
instructions without yielding. In CPython the ticker would wait in real
time, for as long as the sum takes.

Round 2: crunch_politely does the same sum but awaits sleep(0) every
50000 numbers, so the ticks slot in between the chunks. For real
number crunching, run it elsewhere (a process pool); asyncio only helps
with waiting.
"""
import asyncio


async def ticker():
    for i in range(5):
        print(f"tick {i}")
        await asyncio.sleep(0)


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
            print(f"crunch: {i + 1} done, letting others run")
            await asyncio.sleep(0)
    print(f"crunch: done, total = {total}")


async def main():
    print("-- round 1: never yields --")
    await asyncio.gather(ticker(), crunch(200000))
    print("-- round 2: yields every 50000 --")
    await asyncio.gather(ticker(), crunch_politely(200000))


asyncio.run(main())
