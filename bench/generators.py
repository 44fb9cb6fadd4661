# Benchmark: generators. An in-order walk of a 100,000-node binary tree by
# recursive generators (`yield from` at every level), then a chain of
# generator expressions and a hand-written generator pipeline.


class Node:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def walk(node):
    if node is None:
        return
    yield from walk(node.left)
    yield node.value
    yield from walk(node.right)


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


root = build(0, 100_000)
total = 0
for _ in range(3):
    total += sum(walk(root))
squares = sum(x * x for x in evens(range(300_000)) if x % 3)
print("tree sum", total, "squares", squares)
