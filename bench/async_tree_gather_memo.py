# Benchmark: the gather tree (6 x 6) where each leaf looks its key up in a
# shared cache and only sleeps (then fills the cache) on a miss. Whether a
# leaf hits depends on timing, so only the values, the same either way, are
# printed.
import asyncio

cache = {}


async def lookup(key):
    if key in cache:
        return cache[key]
    await asyncio.sleep(0.05)
    value = key * key % 1009
    cache[key] = value
    return value


async def fan(depth, seed):
    if depth == 0:
        return await lookup(seed % 997)
    results = await asyncio.gather(*[fan(depth - 1, seed * 31 + k) for k in range(6)])
    return max(results) + min(results)


print("memoised tree", asyncio.run(fan(6, 5)), "distinct keys", len(cache))
