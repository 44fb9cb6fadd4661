# except* with TaskGroup: each clause handles its part of the ExceptionGroup.
import asyncio

async def fail(kind, delay):
    await asyncio.sleep(delay)
    raise kind(f"{kind.__name__} after {delay}")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError, 0.1))
            tg.create_task(fail(TypeError, 0.2))
            tg.create_task(fail(ValueError, 0.3))
    except* ValueError as group:
        print("values:", sorted(str(e) for e in group.exceptions))
    except* TypeError as group:
        print("types:", [str(e) for e in group.exceptions], type(group).__name__)
    print("after at", asyncio.get_running_loop().time())

    try:
        raise KeyError("naked")
    except* KeyError as g:
        print("naked wrapped:", repr(g))
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("handled values; the TypeError goes on")
    except ExceptionGroup as rest:
        print("rest:", repr(rest))

asyncio.run(main())
