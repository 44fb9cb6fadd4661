# Benchmark: everyday object-oriented Python, no asyncio: method calls,
# attribute reads and writes, and instance creation (300,000 of each).
class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def add(self, n):
        self.x += n


def main():
    p = Point(0)
    total = 0
    last = None
    for i in range(300_000):
        p.add(1)
        total += p.get()
        last = Point(i)
    print("objects", p.x, total, last.x)


main()
