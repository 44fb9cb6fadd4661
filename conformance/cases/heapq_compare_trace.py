# heapq and bisect make the same comparisons as CPython, in the same order:
# a value type that logs each `<` shows the sequence, not just the result.
import bisect
import heapq

trace = []


class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        trace.append(f"{self.n}<{other.n}")
        return self.n < other.n

    def __repr__(self):
        return str(self.n)


def show(label, value):
    print(label, value, " ".join(trace))
    trace.clear()


h = []
for n in (5, 3, 8, 1, 9, 2, 7):
    heapq.heappush(h, V(n))
show("push", h)
show("pop", [heapq.heappop(h), heapq.heappop(h)])
show("after", h)
show("pushpop", heapq.heappushpop(h, V(4)))
show("pushpop-small", heapq.heappushpop(h, V(0)))
show("replace", heapq.heapreplace(h, V(6)))
data = [V(n) for n in (9, 4, 7, 1, 8, 2, 6, 3, 5, 0)]
heapq.heapify(data)
show("heapify", data)
print(heapq.nsmallest(3, [4, 2, 6, 2]), heapq.nsmallest(5, "ba"))
print(heapq.nlargest(2, [3, 1, 3, 2], key=lambda x: -x), heapq.nsmallest(0, [1]))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["bb", "c"], ["a", "ddd"], key=len)), list(heapq.merge()))
print(heapq.heappushpop([], 3))
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)
row = [V(n) for n in (1, 3, 3, 5, 7)]
show("bisect_left", bisect.bisect_left(row, V(3)))
show("bisect_right", bisect.bisect_right(row, V(3), 1, 4))
bisect.insort_left(row, V(4), lo=2)
show("insort_left", row)
print(bisect.bisect([1, 2, 3], 2, hi=1), bisect.bisect_left([1, 2, 3], 9, lo=1, hi=2))
try:
    bisect.bisect_left([1], 1, -1)
except ValueError as e:
    print("ValueError", e)
