# A finally block runs on every way out of its try: fall-through, exception,
# return, break. Comprehensions, lambdas and functions inside it work on each.
import asyncio


def leave_by_return(n):
    try:
        if n:
            return "early"
        return "late"
    finally:
        print("return path:", [i * n for i in range(3)], (lambda k: k + n)(1))


def leave_by_break():
    for i in range(5):
        try:
            if i == 2:
                break
            continue
        finally:
            def label(v):
                return f"<{v}>"
            print("loop exit", label(i), {c: i for c in "ab"})


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("generator closes:", sorted(x for x in (3, 1, 2)))


async def stream():
    try:
        yield "a"
    finally:
        print("async generator closes:", sorted(repr(t) for t in [2, 1]))


async def failing():
    try:
        await asyncio.sleep(0)
        raise ValueError("boom")
    finally:
        print("coroutine cleanup:", [f"{w}!" for w in ("x", "y")])


async def main():
    print(leave_by_return(0), leave_by_return(2))
    leave_by_break()
    for v in numbers():
        print("got", v)
        break
    async for s in stream():
        print("streamed", s)
    try:
        await failing()
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
