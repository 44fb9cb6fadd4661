import LoopscopeAnalysis
import LoopscopeEngine

/// What the visualizer's teaching views need beyond the lanes: who holds
/// which lock and who waits, the timers in firing order, the line each task
/// resumes at, which lane ran last, and argument labels for same-named tasks.
/// Folded from the same events as the rest of the model, O(1)-ish per event.
public struct TeachingState: Sendable {
    public internal(set) var sync = SyncObjects()
    var firing = FiringOrder()
    /// First arguments' reprs per task (`taskArgs`).
    public internal(set) var args: [TaskID: [String]] = [:]
    /// Tasks per coroutine name: a name used twice gets its arguments shown.
    var coroutineUses: [String: Int] = [:]
    /// The line a task continues from when it runs next (where it awaited).
    public internal(set) var resumeLine: [TaskID: Int] = [:]
    /// The task of the last step that began (nil: a plain callback).
    public internal(set) var lastRan: TaskID?
    public internal(set) var lastRanWasTask = false
    /// The deadlock's wait-for cycle, if the deadlock had one: each task with
    /// the object it waits for (held by the next task in the list).
    public internal(set) var deadlockCycle: [(task: TaskID, waitsFor: Int)] = []

    public init() {}
}

extension TimelineModel {
    /// The teaching state's share of folding one event (called from `apply`).
    mutating func applyTeaching(_ e: Event) {
        switch e.kind {
        case .taskCreated(let task, _, let coroutine, _, _):
            teaching.coroutineUses[coroutine, default: 0] += 1
            _ = task
        case .taskArgs(let task, let args):
            teaching.args[task] = args
        case .syncCreated(let object, let kind, let line):
            teaching.sync.created(object, kind: kind, line: line)
        case .syncChanged(let object, let op, let task):
            teaching.sync.changed(object, op, task)
        case .timerSet(let timer, let due, _, _):
            teaching.firing.push(due, timer)
        case .timerCancelled(let timer):
            teaching.firing.cancel(timer)
        case .timerFired(let timer):
            teaching.firing.fired(timer)
        case .clockAdvanced, .iterationBegan:
            teaching.firing.iterationStarts()
        case .iterationEnded:
            teaching.firing.iterationEnded()
        case .loopStarted:
            teaching.firing.reset()
        case .stepBegan(_, let task, _):
            teaching.lastRan = task
            teaching.lastRanWasTask = task != nil
            if let task { teaching.sync.stopWaiting(task) }
        case .taskSuspended(let task, let line, _, _):
            if line > 0 { teaching.resumeLine[task] = line }
        case .taskDone(let task, _), .taskFailed(let task, _, _), .taskCancelled(let task, _):
            teaching.sync.stopWaiting(task)
            teaching.resumeLine[task] = nil
        case .deadlock(let stuck):
            teaching.deadlockCycle = Self.waitCycle(stuck.map(\.task), teaching.sync)
        default:
            break
        }
    }

    /// The first cycle in "waits for an object held by" among `tasks`.
    static func waitCycle(_ tasks: [TaskID], _ sync: SyncObjects) -> [(task: TaskID, waitsFor: Int)] {
        func next(_ t: TaskID) -> (Int, TaskID)? {
            guard let o = sync.waitingOn[t], let holder = sync.object(o)?.holders.first, holder != t else { return nil }
            return (o, holder)
        }
        for start in tasks {
            var path: [(task: TaskID, waitsFor: Int)] = []
            var seen: [TaskID: Int] = [:]
            var t = start
            while let (o, holder) = next(t) {
                if let k = seen[t] { return Array(path[k...]) }
                seen[t] = path.count
                path.append((t, o))
                t = holder
                if let k = seen[t] { return Array(path[k...]) }
            }
        }
        return []
    }

    /// `Task-3 worker(2)` when another task runs the same coroutine, else the plain label.
    public func laneLabel(_ track: TaskTrack) -> String {
        guard teaching.coroutineUses[track.coroutine, default: 0] > 1, let args = teaching.args[track.id] else {
            return track.label
        }
        // The first argument tells workers apart; an object's type name rarely does, so one more then.
        let count = args.first?.hasPrefix("<") == true ? 2 : 1
        let shown = args.prefix(count).map { $0.count > 10 ? String($0.prefix(9)) + "…" : $0 }
        return "\(track.name) \(track.coroutine)(\(shown.joined(separator: ", ")))"
    }

    /// The name a lock or queue has in the program's source.
    public func syncName(_ id: Int, sourceLines: [String]) -> String {
        guard let o = teaching.sync.object(id) else { return "object #\(id)" }
        return SyncNames.name(o, sourceLines: sourceLines)
    }

    /// "Task-2 holds fork and waits for knife, held by Task-3, which waits for fork".
    public func deadlockSentence(sourceLines: [String]) -> String? {
        let cycle = teaching.deadlockCycle
        guard let first = cycle.first, let last = cycle.last else { return nil }
        let name = { (o: Int) in self.syncName(o, sourceLines: sourceLines) }
        var s = "\(taskName(first.task)) holds \(name(last.waitsFor)) and waits for \(name(first.waitsFor))"
        for k in 1..<cycle.count {
            s += ", held by \(taskName(cycle[k].task)), which waits for \(name(cycle[k].waitsFor))"
        }
        return s
    }

    /// Pending timers in the order they will fire (heapq's order for ties).
    public func timersInFiringOrder(_ limit: Int) -> [PendingTimer] {
        teaching.firing.first(limit).compactMap { timers[$0] }
    }

    /// The source line that runs next: the head of the ready queue resolved
    /// to its task's resume line; with nothing ready, the next timer's task;
    /// before the loop starts (or after it closes), the module's line.
    public func nextLine(definitionLine: (String) -> Int) -> (line: Int, task: TaskID?) {
        guard !isFinished else { return (0, nil) }
        if !loopActive { return (currentLine, nil) }
        var candidate: TaskID?
        // A sleep's timer callback only wakes its task (which queues behind
        // the others): the first task *step* in the queue is the code that runs next.
        let isTaskStep = { (d: String) in d.hasSuffix(".__step()") || d.hasSuffix(".__wakeup()") }
        if let head = readyQueue.prefix(8).first(where: { $0.task != nil && isTaskStep($0.description) }) {
            candidate = head.task
        } else if !readyQueue.isEmpty {
            candidate = readyQueue.prefix(1).first?.task
        } else if let t = timersInFiringOrder(1).first {
            candidate = t.task
        }
        guard let task = candidate, let track = self.task(task) else { return (0, nil) }
        if let line = teaching.resumeLine[task] { return (line, task) }
        return (definitionLine(track.coroutine), task)
    }
}
