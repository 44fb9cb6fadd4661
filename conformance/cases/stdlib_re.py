# re: compile/match/fullmatch/search/findall/finditer/sub/subn/split/escape, Match objects, flags and re.error.
import asyncio
import re

LOG = """\
2024-05-17 10:00:01 INFO  worker-1 fetched https://a.example/x in 0.25s
2024-05-17 10:00:02 WARN  worker-2 retry https://b.example/y (attempt 2)
2024-05-17 10:00:03 INFO  worker-1 fetched https://c.example/z in 1.50s
"""
LINE = re.compile(r"^(?P<date>[\d-]+) (?P<time>[\d:]+) (?P<level>\w+)\s+(?P<who>[\w-]+) (?P<rest>.*)$", re.M)


async def parse(line):
    await asyncio.sleep(0.01)
    m = LINE.match(line)
    return m.group("level", "who") if m else None


async def main():
    print(await asyncio.gather(*(parse(l) for l in LOG.splitlines())))
    m = LINE.search(LOG)
    print(m, m.span("who"), m.start(), m.lastgroup, m.groupdict()["rest"])
    print([m["time"] for m in LINE.finditer(LOG)], LINE.groups, sorted(LINE.groupindex.items())[0])
    print(re.findall(r"https://([\w.]+)/(\w)", LOG), re.findall(r"in (\d+\.\d+)s", LOG))
    print(re.sub(r"(\d+)\.(\d+)s", r"\1,\2 s", LOG.splitlines()[0]))
    print(re.sub(r"worker-(\d)", lambda m: f"W{int(m.group(1)) * 10}", LOG.splitlines()[1]))
    print(re.subn(r"\s+", " ", "a  b \t c"), re.sub("x*", "-", "abxd"), re.sub(r"(?P<w>\w+)@", r"[\g<w>]", "me@x"))
    print(re.split(r"\s*[,;]\s*", "a , b;c ,d"), re.split(r"(-)", "1-2-3", maxsplit=1), re.split(r"\b", "hi there"))
    print(re.fullmatch(r"[\w.]+@\w+\.\w+", "bob.smith@mail.com") is not None, re.fullmatch(r"\d+", "12a"))
    print(re.match("hello", "HELLO world", re.IGNORECASE), re.search("a.c", "a\nc", re.DOTALL).group())
    print(re.findall(r"""
        \d{3}   # area code
        [-.\s]? # separator
        \d{4}   # number
    """, "call 555-1234 or 555 9876", re.VERBOSE))
    print(re.escape("1+1=2? (yes)"), re.compile("ab+", re.I | re.M), re.compile(r"\d"), re.I | re.S)
    print(re.search(r"(?<=@)\w+", "me@home").group(), re.findall(r"\b(\w+) \1\b", "it is is a test test"))
    print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"), re.findall(r"<(.+?)>", "<a><bb>"))
    for bad in ["(unclosed", "x)", "+x", r"\p", "[b-a]", "a{5,2}"]:
        try:
            re.compile(bad)
        except re.error as e:
            print(f"re.error: {e} (pos={e.pos})")
    re.compile("missing(")


asyncio.run(main())
