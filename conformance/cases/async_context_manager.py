# async with calls __aenter__ and __aexit__; __aexit__ sees the exception.
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.5)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.5)
        print("close", self.name, "exception:", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def main():
    async with Connection("db") as conn:
        print("using", conn.name)
    async with Connection("cache"):
        raise KeyError("swallowed by __aexit__")
    print("still running at", asyncio.get_running_loop().time())
    try:
        async with Connection("api"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
