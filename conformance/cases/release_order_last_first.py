# Lists and tuples release their items last to first, so the finalizers run
# in that order: never-awaited warnings and generators' finally blocks.
import asyncio


async def job(name):
    return name


def numbered(n):
    try:
        yield n
    finally:
        print("finally of generator", n)


pending = [job("first"), job("second"), job("third")]
del pending

pair = (job("left"), job("right"))
pair = None

started = [numbered(i) for i in range(4)]
for g in started:
    next(g)
keep = g
started.clear()
print("cleared; the last one is still held")
del keep, g


async def main():
    gens = (numbered(10), numbered(11))
    for g in gens:
        next(g)
    del g
    gens = None
    print("main done")


asyncio.run(main())
