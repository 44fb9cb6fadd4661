# inspect.signature: parameters, kinds, defaults, annotations, str forms, bind and replace
import asyncio
import dataclasses
import functools
import inspect
from inspect import Parameter, Signature


def download(url: str, retries: int = 3, *mirrors, timeout: float = 1.5, verbose=False, **headers) -> bytes:
    pass


def pos_only(a, b, /, c, d=4, *, e, f=6):
    pass


async def worker(name, queue: list[str], delay: "float" = 0.5) -> None:
    pass


class Client:
    def __init__(self, host, port=8080, *, tls=False):
        self.host = host

    async def get(self, path: str, **params) -> dict:
        return {}

    @classmethod
    def from_url(cls, url):
        return cls(url)

    @staticmethod
    def normalise(path, /):
        return path

    def __call__(self, x, y=None):
        return x


@dataclasses.dataclass
class Job:
    name: str
    priority: int = 0


class Empty:
    pass


for fn in [download, pos_only, worker, Client, Client.get, Client("h").get, Client.from_url,
           Client.normalise, Client("h"), Job, Empty, lambda x, *, y=2: x,
           functools.partial(download, "http://a", timeout=3)]:
    print(getattr(fn, "__name__", type(fn).__name__), inspect.signature(fn))

sig = inspect.signature(download)
print(repr(sig))
for name, p in sig.parameters.items():
    print(f"  {name:8} {str(p.kind):22} {p.kind.description:22} default={p.default!r} "
          f"annotation={p.annotation!r} {p!r}")
print("return:", sig.return_annotation, sig.return_annotation is bytes)
print("empty:", Parameter.empty is inspect._empty, Signature.empty is Parameter.empty,
      inspect.signature(pos_only).return_annotation is Signature.empty)
print("kinds:", [int(k) for k in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD,
                                  Parameter.VAR_POSITIONAL, Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD)])
print(repr(Parameter.KEYWORD_ONLY), Parameter.KEYWORD_ONLY < Parameter.VAR_KEYWORD)

ba = sig.bind("http://x", 5, "m1", "m2", verbose=True, accept="json")
print(ba)
print("args:", ba.args, "kwargs:", ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
print(inspect.signature(pos_only).bind_partial(1, c=3))
for args, kwargs in [((), {}), ((1, 2, 3, 4, 5), {}), ((1,), {"b": 2}), ((1, 2, 3), {"c": 3}),
                     ((1, 2, 3), {"e": 1, "g": 0}), ((1, 2), {"e": 5})]:
    try:
        print(inspect.signature(pos_only).bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

p = Parameter("limit", Parameter.KEYWORD_ONLY, default=10, annotation=int)
print(p, repr(p), p.replace(default=None), p.replace(kind=Parameter.POSITIONAL_ONLY, annotation=Parameter.empty))
new = sig.replace(parameters=[sig.parameters["url"], p], return_annotation=str)
print(new, new == sig, new == sig.replace(parameters=[sig.parameters["url"], p], return_annotation=str))
print(Signature([Parameter("a", Parameter.POSITIONAL_ONLY), Parameter("b", Parameter.POSITIONAL_OR_KEYWORD, default=1),
                 Parameter("kw", Parameter.VAR_KEYWORD)]))
for bad in [lambda: Parameter("x", Parameter.VAR_POSITIONAL, default=1),
            lambda: Parameter("1x", Parameter.POSITIONAL_ONLY),
            lambda: Signature([Parameter("a", Parameter.KEYWORD_ONLY), Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter("b", Parameter.POSITIONAL_OR_KEYWORD)]),
            lambda: Signature([Parameter("a", 1), Parameter("a", 1)]),
            lambda: inspect.signature(42)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        bound = inspect.signature(fn).bind(*args, **kwargs)
        bound.apply_defaults()
        print("call", fn.__name__, dict(bound.arguments))
        return fn(*args, **kwargs)
    return inner


@logged
def area(width, height=2, *, unit="m"):
    return width * height

print(inspect.signature(area), inspect.signature(area, follow_wrapped=False))
print(area(3), area(4, unit="cm"))
print(inspect.Signature.from_callable(worker).parameters["queue"].annotation, inspect.signature(worker).parameters["delay"])
print(list(inspect.signature(worker).parameters), len(inspect.signature(Client).parameters))
