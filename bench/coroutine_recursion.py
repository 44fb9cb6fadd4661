# Benchmark: coroutines awaiting coroutines, no event-loop round trips:
# a recursive async Fibonacci (635,621 coroutine calls).
import asyncio


async def afib(n):
    if n < 2:
        return n
    return await afib(n - 1) + await afib(n - 2)


print("afib(27) =", asyncio.run(afib(27)))
