# asyncio.coroutine is gone in 3.11; the suggestion comes from the package's submodules.
import asyncio

@asyncio.coroutine
def old_style():
    yield
