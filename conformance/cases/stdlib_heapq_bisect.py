# heapq keeps CPython's heap layout (printed heaps match); bisect finds and keeps sorted positions.
import asyncio
import bisect
import heapq


async def scheduler(jobs):
    heap = []
    for when, name in jobs:
        heapq.heappush(heap, (when, name))
    print("heap:", heap)
    while heap:
        when, name = heapq.heappop(heap)
        await asyncio.sleep(when - asyncio.get_running_loop().time())
        print(f"{asyncio.get_running_loop().time():.1f} {name}")


async def main():
    await scheduler([(0.5, "e"), (0.2, "b"), (0.9, "x"), (0.1, "a"), (0.3, "c"), (0.2, "a2")])
    data = [9, 4, 7, 1, 8, 2, 6, 3, 5]
    heapq.heapify(data)
    print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
    print(heapq.nsmallest(3, [5, 1, 4, 1, 9]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
    print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
    scores = [10, 20, 20, 30]
    print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 25))
    bisect.insort(scores, 25)
    bisect.insort_left(scores, 5)
    print(scores, bisect.bisect_left([("a", 1), ("c", 3)], "b", key=lambda t: t[0]))


asyncio.run(main())
