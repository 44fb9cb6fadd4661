// The loop's `_scheduled` list, kept with heapq's exact algorithm
// (Lib/heapq.py: heappush = append + _siftdown, heappop = pop last, put it at
// 0 and _siftup) so timers with equal deadlines leave in CPython's order.
// Comparison is TimerHandle.__lt__: `when` only.
struct TimerHeap {
    private(set) var items: [TimerHandle] = []

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    var first: TimerHandle? { items.first }

    mutating func push(_ item: TimerHandle) {
        items.append(item)
        siftDown(0, items.count - 1)
    }

    mutating func pop() -> TimerHandle? {
        guard let last = items.popLast() else { return nil }
        if items.isEmpty { return last }
        let top = items[0]
        items[0] = last
        siftUp(0)
        return top
    }

    /// `heapq.heapify` of the given items (the compaction in `_run_once`).
    mutating func replace(with newItems: [TimerHandle]) {
        items = newItems
        var i = items.count / 2 - 1
        while i >= 0 {
            siftUp(i)
            i -= 1
        }
    }

    /// heapq._siftdown: move the item at `pos` up toward `startpos`.
    private mutating func siftDown(_ startpos: Int, _ start: Int) {
        var pos = start
        let newitem = items[pos]
        while pos > startpos {
            let parentpos = (pos - 1) >> 1
            let parent = items[parentpos]
            if newitem.when < parent.when {
                items[pos] = parent
                pos = parentpos
                continue
            }
            break
        }
        items[pos] = newitem
    }

    /// heapq._siftup: bubble the smaller child up until hitting a leaf, then
    /// _siftdown the item to its place (the "fewer comparisons" variant).
    private mutating func siftUp(_ start: Int) {
        var pos = start
        let endpos = items.count
        let startpos = pos
        let newitem = items[pos]
        var childpos = 2 * pos + 1
        while childpos < endpos {
            let rightpos = childpos + 1
            if rightpos < endpos && !(items[childpos].when < items[rightpos].when) {
                childpos = rightpos
            }
            items[pos] = items[childpos]
            pos = childpos
            childpos = 2 * pos + 1
        }
        items[pos] = newitem
        siftDown(startpos, pos)
    }
}
