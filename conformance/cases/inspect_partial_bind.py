# inspect.signature of functools.partial objects, bind/bind_partial's args and kwargs split, Parameter errors
import functools
import inspect
import typing
from inspect import Parameter


def fetch(host, port=80, /, path="/", *extra, retries=3, timeout, **options) -> str:
    return host


for part in [functools.partial(fetch, "a"), functools.partial(fetch, "a", 8080, "/x", 1, 2),
             functools.partial(fetch, "a", path="/y"), functools.partial(fetch, timeout=5),
             functools.partial(fetch, "a", colour="red"), functools.partial(functools.partial(fetch, "a"), 1)]:
    print(inspect.signature(part))
try:
    inspect.signature(functools.partial(fetch, port=1))
except ValueError as e:
    print("ValueError:", str(e).split(" has ")[1])

sig = inspect.signature(fetch)
for args, kwargs in [(("h",), {"timeout": 1}), (("h", 1, "/p", "e1"), {"timeout": 2, "x": 0}),
                     (("h",), {"path": "/q", "timeout": 1, "retries": 0})]:
    ba = sig.bind(*args, **kwargs)
    print(ba, ba.args, ba.kwargs)
    ba.apply_defaults()
    print("  defaults:", ba.arguments)
partial = sig.bind_partial(port=None) if False else sig.bind_partial("h", path="/z")
print(partial, partial.args, partial.kwargs, partial == sig.bind_partial("h", path="/z"))
for bad in [lambda: sig.bind(), lambda: sig.bind("h", host="x", timeout=1), lambda: sig.bind("h", 1, timeout=1, port=2),
            lambda: sig.bind("h", 1, "/", timeout=1, path="/"), lambda: Parameter(3, Parameter.KEYWORD_ONLY),
            lambda: Parameter("x", 9), lambda: Parameter(".0", Parameter.KEYWORD_ONLY), lambda: Parameter("for x", 1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Parameter(".1", Parameter.POSITIONAL_OR_KEYWORD))
print(Parameter("x", 1, annotation=typing.Optional[typing.List[int]]), Parameter("y", 3, annotation=dict[str, int] | None))
print(Parameter("z", 1, annotation=Parameter), Parameter("w", 1, annotation=None, default=None))
print(sorted({Parameter("a", 1), Parameter("a", 1), Parameter("b", 3, default=2)}, key=str))
print(f"{Parameter.VAR_KEYWORD}|{Parameter.VAR_KEYWORD:>4}|{Parameter.VAR_KEYWORD.name}|{Parameter.VAR_KEYWORD.value}")
