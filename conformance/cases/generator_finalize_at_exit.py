# Generators still suspended when the program ends are closed when its
# globals are freed; an async generator left suspended inside asyncio.run
# was already closed by shutdown_asyncgens, so it is not closed again.
import asyncio


def numbers(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "closed")


async def ticks():
    try:
        yield 1
        yield 2
    finally:
        print("ticks closed")


agen = None


async def main():
    global agen
    agen = ticks()
    print("tick", await agen.__anext__())


left = numbers("left")
print(next(left))
asyncio.run(main())
print("end of program")
