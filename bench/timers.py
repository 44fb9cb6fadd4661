# Benchmark: 100,000 timers. Each call_later gets a distinct tiny delay,
# pushed in scrambled order so the timer heap does real work. The delays
# stay under 1 ms, so under plain python3 (real clock) this measures CPU;
# Loopscope's clock is virtual and never waits at all.
import asyncio

N = 100_000


async def main():
    loop = asyncio.get_running_loop()
    fired = [0, 0]

    def tick(k):
        fired[0] += 1
        fired[1] += k

    for i in range(N):
        k = i * 7919 % N
        loop.call_later(k * 1e-8, tick, k)
    while fired[0] < N:
        await asyncio.sleep(0.001)
    print("timers", fired[0], "checksum", fired[1])


asyncio.run(main())
