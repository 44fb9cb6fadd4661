# Errors while a dropped generator is closed are reported on stderr
# ("Exception ignored in: <generator object ...>") and not raised.
def ignores():
    try:
        yield 1
    finally:
        yield 2


def raises():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


g = ignores()
next(g)
g = None
print("after ignores")

h = raises()
next(h)
h = None
print("after raises")
