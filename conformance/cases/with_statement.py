# with: __enter__/__exit__ run around the block; __exit__ may swallow an error.
class Tag:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", "error:", repr(exc))
        return self.swallow


with Tag("html") as upper:
    with Tag("body"), Tag("p") as inner:
        print("text", upper, inner)
with Tag("safe", swallow=True):
    raise ValueError("swallowed")
try:
    with Tag("unsafe"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
