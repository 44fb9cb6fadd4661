# `match` and `case` stay ordinary names outside a match statement.
import re

match = re.match(r"(\w+)-(\d+)", "item-42")
print(match.group(1), match.group(2))
case = [1, 2]
match = {"case": case}
print(match["case"], case[0])


def match(x):
    return x * 2


print(match(21))
match = 5
match -= 1
print(match)
print(match if match else 0)


class Parser:
    def match(self, pattern):
        return f"matching {pattern}"

    def case(self):
        return "case method"


p = Parser()
print(p.match("x"), p.case())

# A match statement right next to the names.
match = [1, 2, 3]
match match:
    case [1, *case]:
        print("case is", case)
match (match):
    case list():
        print("still a list")


async def consume(items):
    async def one(v):
        return v * 10

    for v in items:
        match v:
            case int(n) if await one(n) > 15:
                print("large", n)
            case int(n):
                print("small", n)
            case _:
                print("other", v)


import asyncio

asyncio.run(consume([1, 2, "z"]))


def closure_capture():
    fns = []
    for pair in [(1, 2), (3, 4)]:
        match pair:
            case (a, b):
                fns.append(lambda: a + b)
    return [f() for f in fns]


print(closure_capture())
