# contextvars without asyncio: get/set/reset with tokens, copy_context, Context.run and its mapping API.
import contextvars

color = contextvars.ContextVar("color", default="red")
size = contextvars.ContextVar("size")
print(color.name, color.get(), size.get(42))
try:
    size.get()
except LookupError:
    print("LookupError for a var without a value")
token = color.set("blue")
print(color.get(), token.var is color, token.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
second = color.set("green")
print(second.old_value)
color.reset(second)
print(color.get())
color.reset(token)
print(color.get())
try:
    color.reset(token)
except RuntimeError as e:
    print("RuntimeError:", str(e).endswith("has already been used once"))
try:
    size.reset(color.set("x"))
except ValueError as e:
    print("ValueError:", str(e).endswith("was created by a different ContextVar"))


def in_copy(value):
    color.set(value)
    size.set(len(value))
    return color.get(), size.get()


ctx = contextvars.copy_context()
print(ctx.run(in_copy, "purple"), color.get(), size.get(None))
print(ctx[color], ctx.get(size), ctx.get(contextvars.ContextVar("other"), "dflt"), color in ctx, len(ctx))
print(sorted(v.name for v in ctx), sorted(str(v) for v in ctx.values()))
print(sorted((k.name, v) for k, v in ctx.items()))
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print("RuntimeError:", str(e).startswith("cannot enter context:"), str(e).endswith("is already entered"))
empty = contextvars.Context()
print(len(empty), empty.run(color.get))
try:
    empty[size]
except KeyError:
    print("KeyError")
t = ctx.run(color.set, "inner")
try:
    color.reset(t)
except ValueError as e:
    print("ValueError:", str(e).endswith("was created in a different Context"))
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print(e)
