// Beyond CPython: when nothing is ready, no timer is pending and the loop is
// not stopping, CPython blocks in select(None) forever. Loopscope reports the
// stuck tasks and ends the run with exit 1 (the conformance recorder prints
// the same lines).
extension EventLoop {
    /// Pending tasks of this loop in creation order, with where they wait.
    func stuckTasks() -> [StuckTask] {
        state.pendingTasks.tasks.filter { $0.loop === self }.sorted(by: Self.reportOrder).map {
            StuckTask(task: $0.id, name: $0.name, line: $0.lastLine, awaiting: $0.awaiting.isEmpty ? "Future" : $0.awaiting)
        }
    }

    /// Emits the deadlock event and writes the report to stderr.
    func reportDeadlock() {
        let stuck = stuckTasks()
        state.emit(.deadlock(stuck: stuck))
        var text = "loopscope: deadlock: no task can make progress\n"
        // Only timers the clock never reaches are left (see foreverHorizon).
        let sleepsForever = scheduled.first.map { !$0.cancelled } ?? false
        for s in stuck {
            let coro = state.pendingTasks[s.task]?.coroutineName ?? "?"
            let at = s.line > 0 ? " at line \(s.line)" : ""
            if sleepsForever && s.awaiting.hasPrefix("asyncio.sleep(") {
                text += "  \(s.name) \(coro)() sleeps for ever\(at) (\(s.awaiting))\n"
            } else {
                text += "  \(s.name) \(coro)() waits\(at) for \(s.awaiting)\n"
            }
        }
        let n = stuck.count
        text += "loopscope: deadlock: \(n) \(n == 1 ? "task waits" : "tasks wait") forever\n"
        interp.write(text, .stderr)
    }

    /// The recorder's order: `Task-N` names by N, then other names alphabetically.
    static func reportOrder(_ a: Task, _ b: Task) -> Bool {
        func key(_ t: Task) -> (Int, Int, String) {
            if t.name.hasPrefix("Task-"), let n = Int(t.name.dropFirst(5)) { return (0, n, "") }
            return (1, 0, t.name)
        }
        let ka = key(a), kb = key(b)
        if ka.0 != kb.0 { return ka.0 < kb.0 }
        if ka.1 != kb.1 { return ka.1 < kb.1 }
        if ka.2 != kb.2 { return ka.2 < kb.2 }
        return a.id < b.id
    }
}
