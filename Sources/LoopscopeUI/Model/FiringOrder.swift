import LoopscopeEngine

/// The loop's timer heap replayed from events with heapq's algorithm, so
/// pending timers can be listed in the order they will fire. CPython breaks
/// ties between equal deadlines by the heap's layout, not by the order the
/// timers were set, and this is the only way to show that order truthfully.
struct FiringOrder: Sendable {
    private var heap: [(due: Double, timer: HandleID)] = []
    private var inHeap: Set<HandleID> = []
    private var cancelled: Set<HandleID> = []
    /// `_run_once` drops cancelled timers before it looks at the clock; the
    /// events of the next iteration are where that happened.
    private var cleanupPending = true
    // BaseEventLoop's compaction thresholds.
    private static let minScheduled = 100
    private static let minCancelledFraction = 0.5

    var count: Int { inHeap.count - cancelled.count }

    mutating func push(_ due: Double, _ timer: HandleID) {
        heap.append((due, timer))
        inHeap.insert(timer)
        Self.siftDown(&heap, 0, heap.count - 1)
    }

    mutating func cancel(_ timer: HandleID) {
        if inHeap.contains(timer) { cancelled.insert(timer) }
    }

    /// An iteration's bookkeeping begins (on its first event).
    mutating func iterationStarts() {
        guard cleanupPending else { return }
        cleanupPending = false
        if heap.count > Self.minScheduled, Double(cancelled.count) / Double(heap.count) > Self.minCancelledFraction {
            heap = heap.filter { !cancelled.contains($0.timer) }
            for t in cancelled { inHeap.remove(t) }
            cancelled = []
            var i = heap.count / 2 - 1
            while i >= 0 { Self.siftUp(&heap, i); i -= 1 }
        } else {
            while let head = heap.first, cancelled.contains(head.timer) {
                _ = Self.pop(&heap)
                cancelled.remove(head.timer)
                inHeap.remove(head.timer)
            }
        }
    }

    mutating func iterationEnded() { cleanupPending = true }

    mutating func fired(_ timer: HandleID) {
        iterationStarts()
        if heap.first?.timer == timer {
            _ = Self.pop(&heap)
        } else if let k = heap.firstIndex(where: { $0.timer == timer }) {
            // Out of step with the engine (should not happen): take it out and re-heapify.
            heap.remove(at: k)
            var i = heap.count / 2 - 1
            while i >= 0 { Self.siftUp(&heap, i); i -= 1 }
        }
        inHeap.remove(timer)
        cancelled.remove(timer)
    }

    mutating func reset() { self = FiringOrder() }

    /// The next `limit` live timers in firing order: pops from a copy.
    func first(_ limit: Int) -> [HandleID] {
        var copy = heap
        var out: [HandleID] = []
        while out.count < limit, let top = Self.pop(&copy) {
            if !cancelled.contains(top.timer) { out.append(top.timer) }
        }
        return out
    }

    // heapq's `_siftdown` / `_siftup`, comparing deadlines only (TimerHandle.__lt__).
    private static func siftDown(_ h: inout [(due: Double, timer: HandleID)], _ startpos: Int, _ start: Int) {
        var pos = start
        let item = h[pos]
        while pos > startpos {
            let parent = (pos - 1) >> 1
            guard item.due < h[parent].due else { break }
            h[pos] = h[parent]
            pos = parent
        }
        h[pos] = item
    }

    private static func siftUp(_ h: inout [(due: Double, timer: HandleID)], _ start: Int) {
        let end = h.count
        var pos = start
        let item = h[pos]
        var child = 2 * pos + 1
        while child < end {
            let right = child + 1
            if right < end, !(h[child].due < h[right].due) { child = right }
            h[pos] = h[child]
            pos = child
            child = 2 * pos + 1
        }
        h[pos] = item
        siftDown(&h, start, pos)
    }

    private static func pop(_ h: inout [(due: Double, timer: HandleID)]) -> (due: Double, timer: HandleID)? {
        guard let last = h.popLast() else { return nil }
        guard !h.isEmpty else { return last }
        let top = h[0]
        h[0] = last
        siftUp(&h, 0)
        return top
    }
}
