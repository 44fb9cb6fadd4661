import LoopscopeEngine

/// The loop's ready queue in order, derived from events: `handleScheduled` and
/// `timerFired` append, `stepBegan` and `handleCancelled` remove. Removal is
/// lazy (a tombstone), so every event costs O(1) amortised.
public struct ReadyQueue: Sendable {
    public struct Entry: Sendable, Equatable {
        public var handle: HandleID
        public var task: TaskID?
        public var description: String
        /// The event that queued it (what-changed highlighting).
        public var seq = 0

        public init(handle: HandleID, task: TaskID?, description: String, seq: Int = 0) {
            self.handle = handle
            self.task = task
            self.description = description
            self.seq = seq
        }
    }

    public init() {}

    private var entries: [Entry] = []
    private var head = 0
    private var live: [HandleID: Int] = [:]

    public var count: Int { live.count }
    public var isEmpty: Bool { live.isEmpty }

    public mutating func append(_ entry: Entry) {
        guard live[entry.handle] == nil else { return }
        live[entry.handle] = entries.count
        entries.append(entry)
    }

    public mutating func remove(_ handle: HandleID) {
        guard live.removeValue(forKey: handle) != nil else { return }
        while head < entries.count, live[entries[head].handle] != head { head += 1 }
        let dead = entries.count - live.count
        if dead > 1024, dead > live.count { compact() }
    }

    /// Whether a step of `task` is queued.
    public func contains(task: TaskID) -> Bool {
        for i in head..<entries.count where entries[i].task == task && live[entries[i].handle] == i { return true }
        return false
    }

    /// The first `limit` entries, in order.
    public func prefix(_ limit: Int) -> [Entry] {
        var out: [Entry] = []
        var i = head
        while i < entries.count, out.count < limit {
            if live[entries[i].handle] == i { out.append(entries[i]) }
            i += 1
        }
        return out
    }

    private mutating func compact() {
        var kept: [Entry] = []
        kept.reserveCapacity(live.count)
        for i in head..<entries.count where live[entries[i].handle] == i {
            live[entries[i].handle] = kept.count
            kept.append(entries[i])
        }
        entries = kept
        head = 0
    }
}

/// A pending timer and what it wakes.
public struct PendingTimer: Sendable, Equatable {
    public var timer: HandleID
    public var due: Double
    public var task: TaskID?
    public var description: String
    /// The event that set it (what-changed highlighting).
    public var seq = 0
}
