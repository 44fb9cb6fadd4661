import LoopscopeEngine

/// Pending timers' due times in a min-heap with lazy deletion, so the next
/// due time is O(1) to read and O(log n) to maintain per event.
struct TimerHeap: Sendable {
    private var heap: [(due: Double, timer: HandleID)] = []

    var isEmpty: Bool { heap.isEmpty }

    mutating func push(_ due: Double, _ timer: HandleID) {
        heap.append((due, timer))
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(heap[i], heap[parent]) else { break }
            heap.swapAt(i, parent)
            i = parent
        }
    }

    /// The earliest entry still pending (per `isPending`), dropping stale ones.
    mutating func top(isPending: (HandleID, Double) -> Bool) -> Double? {
        while let first = heap.first {
            if isPending(first.timer, first.due) { return first.due }
            popFirst()
        }
        return nil
    }

    private mutating func popFirst() {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return }
        heap[0] = last
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count, less(heap[l], heap[m]) { m = l }
            if r < heap.count, less(heap[r], heap[m]) { m = r }
            if m == i { break }
            heap.swapAt(i, m)
            i = m
        }
    }

    private func less(_ a: (due: Double, timer: HandleID), _ b: (due: Double, timer: HandleID)) -> Bool {
        (a.due, a.timer) < (b.due, b.timer)
    }
}
