// Beyond CPython: when nothing is ready, no timer is pending and the loop is
// not stopping, CPython blocks in select(None) forever. Loopscope reports the
// stuck tasks and ends the run with exit 1 (the conformance recorder prints
// the same lines).
extension EventLoop {
    /// Pending tasks of this loop in creation order, with where they wait.
    func stuckTasks() -> [StuckTask] {
        state.pendingTasks.values.filter { $0.loop === self }.sorted { $0.id < $1.id }.map {
            StuckTask(task: $0.id, name: $0.name, line: $0.lastLine, awaiting: $0.awaiting.isEmpty ? "Future" : $0.awaiting)
        }
    }

    /// Emits the deadlock event and writes the report to stderr.
    func reportDeadlock() {
        let stuck = stuckTasks()
        state.emit(.deadlock(stuck: stuck))
        var text = "loopscope: deadlock: no task can make progress\n"
        for s in stuck {
            let coro = state.pendingTasks[s.task]?.coroutineName ?? "?"
            text += "  \(s.name) \(coro)() waits at line \(s.line) for \(s.awaiting)\n"
        }
        let n = stuck.count
        text += "loopscope: deadlock: \(n) \(n == 1 ? "task waits" : "tasks wait") forever\n"
        interp.write(text, .stderr)
    }
}
