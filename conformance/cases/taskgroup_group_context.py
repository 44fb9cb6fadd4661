# The ExceptionGroup a TaskGroup raises, and the parts except* binds: __suppress_context__, __context__, __cause__.
import asyncio

def show(label, eg):
    print(label, type(eg).__name__, eg.__suppress_context__, repr(eg.__context__), repr(eg.__cause__))
    for e in eg.exceptions:
        print("   ", repr(e), e.__suppress_context__, repr(e.__context__), repr(e.__cause__))

async def fail(n, delay):
    await asyncio.sleep(delay)
    raise ValueError(n)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, 0.1))
            tg.create_task(fail(2, 0.1))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        show("caught whole:", eg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(3, 0.1))
            await asyncio.sleep(1)
    except* ValueError as eg:
        show("except* part:", eg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(4, 0))
            raise KeyError("body")
    except* KeyError as eg:
        show("body error:", eg)
    except* ValueError as eg:
        show("child error:", eg)
    try:
        try:
            raise OSError("outer")
        except OSError:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(5, 0))
    except ExceptionGroup as eg:
        show("inside an except:", eg)
        matched, rest = eg.split(ValueError)
        show("split part:", matched)
        print(rest)

asyncio.run(main())
