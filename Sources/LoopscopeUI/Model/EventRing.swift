import LoopscopeEngine

/// The most recent events, oldest first, in fixed memory.
public struct EventRing: Sendable {
    private var storage: [Event] = []
    private var next = 0
    public let capacity: Int

    public init(capacity: Int) { self.capacity = max(capacity, 1) }

    public var count: Int { storage.count }

    mutating func append(_ e: Event) {
        if storage.count < capacity {
            storage.append(e)
        } else {
            storage[next] = e
            next = (next + 1) % capacity
        }
    }

    /// The last `n` events, oldest first.
    public func last(_ n: Int) -> [Event] {
        let k = min(n, storage.count)
        guard k > 0 else { return [] }
        var out: [Event] = []
        out.reserveCapacity(k)
        let start = storage.count < capacity ? storage.count - k : (next - k + capacity) % capacity
        for j in 0..<k { out.append(storage[(start + j) % storage.count]) }
        return out
    }
}
