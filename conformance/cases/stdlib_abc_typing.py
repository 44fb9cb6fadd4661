# abc (abstract methods, CPython's TypeError) and typing at runtime: subscriptions, TypeVar, Generic, NamedTuple, TypedDict, cast.
import asyncio
from abc import ABC, abstractmethod
from typing import Any, Awaitable, Callable, Dict, Generic, List, NamedTuple, Optional, TypedDict, TypeVar, Union, cast, TYPE_CHECKING

T = TypeVar("T")


class Fetcher(ABC):
    @abstractmethod
    async def fetch(self, key: str) -> str: ...

    @abstractmethod
    def close(self) -> None: ...


class Half(Fetcher):
    async def fetch(self, key):
        await asyncio.sleep(0.1)
        return key.upper()


class Full(Half):
    def close(self):
        print("closed")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


class Point(NamedTuple):
    x: int
    y: int = 0


class Movie(TypedDict):
    title: str
    year: int


Handler = Callable[[str], Awaitable[None]]


async def main():
    for cls in (Fetcher, Half):
        try:
            cls()
        except TypeError as e:
            print("TypeError:", e)
    f = Full()
    print(await f.fetch("k"), isinstance(f, Fetcher))
    f.close()
    cache: Dict[str, List[int]] = {}
    print(Optional[int], Union[int, str], List[int], Dict[str, Any], Handler, T, TYPE_CHECKING)
    print(Box[int](3).item, cast(int, "not checked"), Point(1), Point(1, 2)._asdict(), cache)
    m = Movie(title="Up", year=2009)
    print(m, type(m).__name__)


asyncio.run(main())
