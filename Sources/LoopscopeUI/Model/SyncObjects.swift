import LoopscopeAnalysis
import LoopscopeEngine

/// Locks, semaphores, conditions, events and queues as the `sync*` events
/// tell them: who holds each and who waits on it, in order.
public struct SyncObjects: Sendable {
    public struct Object: Sendable, Equatable {
        public var id: Int
        public var kind: String
        public var line: Int
        /// Creation order among the objects made on the same line (0 first).
        public var nthOnLine: Int
        /// Holders in acquisition order (a semaphore has several).
        public var holders: [TaskID] = []
    }

    public private(set) var objects: [Object] = []
    private var index: [Int: Int] = [:]
    private var perLine: [Int: Int] = [:]
    /// Waiters per object in order, removed lazily (a mass wake-up stays O(n)).
    private var waiters: [Int: ReadyQueue] = [:]
    /// The object each task waits on now; cleared when the task runs again.
    public private(set) var waitingOn: [TaskID: Int] = [:]

    public func object(_ id: Int) -> Object? { index[id].map { objects[$0] } }

    /// The first `limit` waiters of an object, in the order they started waiting.
    public func waiters(of id: Int, limit: Int) -> [TaskID] {
        waiters[id]?.prefix(limit).compactMap(\.task) ?? []
    }

    public func waiterCount(of id: Int) -> Int { waiters[id]?.count ?? 0 }

    mutating func created(_ id: Int, kind: String, line: Int) {
        let n = perLine[line, default: 0]
        perLine[line] = n + 1
        index[id] = objects.count
        objects.append(Object(id: id, kind: kind, line: line, nthOnLine: n))
    }

    mutating func changed(_ id: Int, _ op: SyncOp, _ task: TaskID?) {
        guard let i = index[id] else { return }
        switch op {
        case .acquired:
            if let task { objects[i].holders.append(task) }
        case .released:
            // A semaphore may be released by another task than its holder: the oldest holding goes.
            if let task, let k = objects[i].holders.firstIndex(of: task) {
                objects[i].holders.remove(at: k)
            } else if !objects[i].holders.isEmpty {
                objects[i].holders.removeFirst()
            }
        case .waiting:
            guard let task else { return }
            stopWaiting(task)
            waitingOn[task] = id
            // The waiter list reuses the ready queue's ordered, lazily compacted list.
            waiters[id, default: ReadyQueue()].append(.init(handle: task, task: task, description: ""))
        }
    }

    /// The task runs again (or ended): its await is over.
    mutating func stopWaiting(_ task: TaskID) {
        guard let id = waitingOn.removeValue(forKey: task) else { return }
        waiters[id]?.remove(task)
    }

    /// A task that ended still holding a lock keeps it (as in CPython), so
    /// holders are left alone here.
    public var isEmpty: Bool { objects.isEmpty }
}

/// Names for locks and queues as the program spells them: the target of the
/// assignment on the line that made it (`fork = asyncio.Lock()` → `fork`).
public enum SyncNames {
    public static func name(_ o: SyncObjects.Object, sourceLines: [String]) -> String {
        let fallback = o.line > 0 ? "\(o.kind) (line \(o.line))" : o.kind
        guard o.line > 0, o.line <= sourceLines.count else { return fallback }
        let targets = assignmentTargets(sourceLines[o.line - 1])
        if targets.isEmpty { return fallback }
        if targets.count > 1 { return o.nthOnLine < targets.count ? targets[o.nthOnLine] : fallback }
        // One target but more objects on the line: a Condition's own Lock, a Queue's Event.
        return o.nthOnLine == 0 ? targets[0] : "\(targets[0])'s \(o.kind)"
    }

    /// `a, b = ...` → [a, b]; `self.lock = ...` → [self.lock]; otherwise [].
    static func assignmentTargets(_ line: String) -> [String] {
        let chars = Array(line)
        var depth = 0
        for (i, c) in chars.enumerated() {
            switch c {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            case "#", "\"", "'": return []
            case "=" where depth == 0:
                let prev: Character = i > 0 ? chars[i - 1] : " "
                let next: Character = i + 1 < chars.count ? chars[i + 1] : " "
                if "=!<>:+-*/%&|^@".contains(prev) || next == "=" { return [] }
                let lhs = String(chars[..<i])
                let targets = lhs.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                let ok = targets.allSatisfy { t in
                    !t.isEmpty && t.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "[" || $0 == "]" || $0 == "'" }
                }
                return ok ? targets : []
            default: break
            }
        }
        return []
    }
}
