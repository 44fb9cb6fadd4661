# Small behaviours of prelude modules: os.path.commonprefix, re.error's fields,
# textwrap's sentence endings, typing reprs and unions, json encoder attributes.
import json, os, re, textwrap, typing

print(repr(os.path.commonprefix([])), os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]))
print(os.path.commonprefix([["a", "b"], ["a", "c"]]), os.path.commonprefix(["abc"]))
print(os.path.commonprefix(["same", "same"]), repr(os.path.commonprefix(["x", "y"])))

for pattern in ("a(b", "x\n(y", "[z-a]", "(?P<1>x)"):
    try:
        re.compile(pattern)
    except re.error as e:
        print(f"{e.msg!r} {e.pattern!r} {e.pos} {e.lineno} {e.colno} | {e}")
plain = re.error("custom")
print(plain.msg, plain.pattern, plain.pos, plain.lineno, plain.colno, str(plain))

w = textwrap.TextWrapper(width=20, fix_sentence_endings=True)
print(w.wrap("One end. Two ends.  Three Mr. X wait. Done!"))
print(w.fill("Short line. Another one follows here and wraps."))
print(textwrap.fill("a b c d e f g", width=5))

print(typing.Optional[int], typing.List[int] | None, int | typing.Dict[str, int])
print(repr(typing.Union[int, str] | float), typing.Tuple[int, ...] | None)
T = typing.TypeVar("T")
print(T, typing.Callable[..., int])
print(typing.Callable[[int, str], typing.List[T]])

enc = json.JSONEncoder()
print(enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan, enc.sort_keys, enc.indent)
print(repr(enc.item_separator), repr(enc.key_separator))
enc = json.JSONEncoder(indent=2)
print(repr(enc.item_separator), repr(enc.key_separator))
enc = json.JSONEncoder(indent=2, separators=(";", "="), default=str, sort_keys=True)
print(repr(enc.item_separator), repr(enc.key_separator), enc.default is str, enc.encode({"b": 1, "a": {1}}))
try:
    json.JSONEncoder().encode({1, 2})
except TypeError as e:
    print("TypeError:", e)
