# Enum members: repr/str/format, lookup by value and name, iteration, aliases, unique, auto.
import asyncio
import enum


class State(enum.Enum):
    PENDING = 1
    RUNNING = 2
    DONE = 3
    FINISHED = 3  # an alias of DONE


class Colour(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()


async def worker(state):
    await asyncio.sleep(0.1)
    return State(state.value + 1)


async def main():
    s = State.PENDING
    while s is not State.DONE:
        s = await worker(s)
        print(f"now {s} / {s!r} / {s.name}={s.value}")
    print(list(State), len(State), State['RUNNING'], State(3) is State.FINISHED)
    print(State.DONE in State, State.__members__.keys() if False else list(State.__members__))
    print(repr(Colour.GREEN), type(Colour.RED), State, hash(State.DONE) == hash('DONE'))
    try:
        State(9)
    except ValueError as e:
        print("ValueError:", e)
    try:
        State.DONE = 4
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        @enum.unique
        class Twice(enum.Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("ValueError:", e)
    Shape = enum.Enum('Shape', 'CIRCLE SQUARE')
    print(list(Shape), {State.RUNNING: 'r'}[State.RUNNING])


asyncio.run(main())
