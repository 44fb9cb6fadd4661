# tuple subclasses as tutorials write them: a point with __new__, named
# fields through properties, unpacking, hashing, ordering and repr.
import asyncio


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


class Pair(tuple):
    pass


class Job(tuple):
    __slots__ = ()

    def __new__(cls, priority, name):
        return tuple.__new__(cls, (priority, name))

    def describe(self):
        return f"{self[1]} (priority {self[0]})"


async def worker(queue, done):
    while True:
        job = await queue.get()
        done.append(job.describe())
        queue.task_done()


async def main():
    p = Point(1, 2)
    q = p + (10, 20)
    x, y = q
    print(p, q, x, y, type(q).__name__, isinstance(q, tuple), len(q), q.x, q[1], q[-1])
    print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), p < Point(1, 3), {p: "here"}[(1, 2)])
    print(list(p), [*p, 3], p[0:1], type(p[0:1]).__name__, p * 2, max(p), sum(p), str(p), f"{p}")
    pair = Pair([3, 4])
    print(pair, repr(pair), Pair(), Pair("ab"), pair + (5,), type(pair + (5,)).__name__, pair.count(3))
    queue = asyncio.PriorityQueue()
    for job in [Job(2, "write"), Job(1, "read"), Job(3, "close")]:
        queue.put_nowait(job)
    done = []
    task = asyncio.create_task(worker(queue, done))
    await queue.join()
    task.cancel()
    print(done)
    print(sorted([Job(2, "b"), Job(1, "z")]), Job(1, "a").index("a"))
    try:
        Point(1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
