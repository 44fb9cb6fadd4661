// `heapq` and `bisect`, written in Python to behave as CPython 3.11's: the
// heap functions make the same `<` comparisons in the same order (CPython's
// bottom-up sift), so heaps hold their items in the same layout (programs
// print heaps, and user `__lt__` methods see the calls).

extension PreludeSources {
    static let heapq = #"""
def _rise(heap, top, i):
    # Lift heap[i] toward `top` while it is smaller than its parent.
    item = heap[i]
    while i > top:
        up = (i - 1) >> 1
        if not item < heap[up]:
            break
        heap[i] = heap[up]
        i = up
    heap[i] = item


def _sink(heap, i):
    # Bottom-up: move the smaller child up all the way to a leaf without
    # comparing against the item, then let the item rise back from there.
    # Fewer comparisons than stopping early, and the layout CPython gets.
    size = len(heap)
    top = i
    item = heap[i]
    child = 2 * i + 1
    while child < size:
        if child + 1 < size and not heap[child] < heap[child + 1]:
            child += 1
        heap[i] = heap[child]
        i = child
        child = 2 * i + 1
    heap[i] = item
    _rise(heap, top, i)


def heappush(heap, item):
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest, heap[0] = heap[0], last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    if not heap:
        raise IndexError('index out of range')
    smallest, heap[0] = heap[0], item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    # The item only enters when the root is smaller; otherwise it is the answer.
    if heap and heap[0] < item:
        heap[0], item = item, heap[0]
        _sink(heap, 0)
    return item


def heapify(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink(x, i)


def _ordered(iterable, key, largest):
    # Documented as the same as sorted(...)[:n]: ties keep their input order.
    return sorted(iterable, key=key, reverse=largest)


def nsmallest(n, iterable, key=None):
    return _ordered(iterable, key, False)[:n]


def nlargest(n, iterable, key=None):
    return _ordered(iterable, key, True)[:n]


def merge(*iterables, key=None, reverse=False):
    # Each step yields the best current head (the earliest input on a tie)
    # and advances that input: the same sequence CPython's heap of heads
    # gives, also for inputs that are not really sorted.
    heads = []
    for it in map(iter, iterables):
        for first in it:
            heads.append([first, it])
            break
    while heads:
        best = 0
        best_key = heads[0][0] if key is None else key(heads[0][0])
        for i in range(1, len(heads)):
            k = heads[i][0] if key is None else key(heads[i][0])
            if (best_key < k) if reverse else (k < best_key):
                best, best_key = i, k
        head = heads[best]
        yield head[0]
        for following in head[1]:
            head[0] = following
            break
        else:
            del heads[best]
"""#

    static let bisect = #"""
def _upper_bound(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return len(a) if hi is None else hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    hi = _upper_bound(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if x < probe:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    hi = _upper_bound(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if probe < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    a.insert(bisect_right(a, x if key is None else key(x), lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    a.insert(bisect_left(a, x if key is None else key(x), lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
"""#
}
