// The loop's `_ready` deque: FIFO with O(1) append and popleft.
struct ReadyQueue {
    private var storage: [Handle?] = []
    private var head = 0

    var count: Int { storage.count - head }
    var isEmpty: Bool { head == storage.count }

    mutating func append(_ h: Handle) { storage.append(h) }

    mutating func popFirst() -> Handle? {
        guard head < storage.count else { return nil }
        let h = storage[head]
        storage[head] = nil
        head += 1
        if head >= 1024 && head * 2 >= storage.count {
            storage.removeFirst(head)
            head = 0
        }
        return h
    }

    /// Handles in queue order (for the deadlock report and tests).
    var handles: [Handle] { storage[head...].compactMap { $0 } }
}
