# inspect.getsource/getsourcelines/getfile/getmodule/getdoc/cleandoc/getcomments on the program's own code
import asyncio
import inspect
import sys


# Fetches one page.
# (the comment block above a def is what getcomments returns)
async def fetch(url, delay=0.1):
    """Pretend to download url.

        Sleeps for delay seconds, then returns a fake body.
    """
    await asyncio.sleep(delay)  # the network

    # a comment at the body's level is part of the block
    return f"<html>{url}</html>"
# a comment at column 0 after the body is not


class Crawler:
    """Crawls pages.

    One task per URL.
    """

    def __init__(self, urls):
        self.urls = list(urls)

    async def run(self):
        return await asyncio.gather(*(fetch(u) for u in self.urls))

    class Stats:
        """Nested."""
        pages = 0


square = lambda x: (x *
                    x)


def undocumented(): return 42


print(inspect.getsource(fetch), end="")
print("---")
lines, start = inspect.getsourcelines(Crawler.run)
print(start, len(lines), repr(lines[0]))
print(inspect.getsource(Crawler.Stats), end="")
print(inspect.getsource(square), end="")
print(inspect.getsource(undocumented), end="")
print("--- class")
print(inspect.getsource(Crawler)[:60])
print("file:", inspect.getfile(fetch) == __file__, inspect.getsourcefile(Crawler) == __file__,
      inspect.getfile(Crawler.run) == inspect.getfile(sys.modules[__name__]))
print("module:", inspect.getmodule(fetch).__name__, inspect.getmodule(Crawler).__name__,
      inspect.getmodule(Crawler.Stats).__name__, inspect.getmodule(Crawler.run) is sys.modules["__main__"])
print("doc:", repr(inspect.getdoc(fetch)))
print("doc:", repr(inspect.getdoc(Crawler)))
print("doc inherited:", repr(inspect.getdoc(Crawler.Stats)), inspect.getdoc(undocumented))
print("cleandoc:", repr(inspect.cleandoc("""
      first
        indented
      last
   """)))
print("comments:", repr(inspect.getcomments(fetch)))
print("comments:", repr(inspect.getcomments(Crawler)))
print("module source lines:", len(inspect.getsource(sys.modules["__main__"]).splitlines()) > 50)
print("indentsize:", inspect.indentsize("    x = 1"), inspect.indentsize("\tx"))
for bad in [len, 42, sys]:
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__ + ":", e)
try:
    inspect.getfile(int)
except TypeError as e:
    print("TypeError:", e)


async def main():
    frame = inspect.currentframe()
    print("frame source starts:", inspect.getsource(frame).splitlines()[0])
    print("this line:", inspect.getframeinfo(frame).code_context)

asyncio.run(main())
