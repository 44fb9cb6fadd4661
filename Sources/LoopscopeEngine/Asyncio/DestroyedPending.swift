// "Task was destroyed but it is pending!": CPython logs it from a Task's
// finalizer when a task that never finished is freed. Programs that drive a
// loop with run_until_complete (not asyncio.run, which cancels every task
// before closing the loop) leave such tasks behind, and CPython frees them at
// exit, in the order ShutdownOrder.swift describes.
extension Interpreter {
    func logDestroyedPending(_ task: Task) {
        // A finalizer runs once.
        task.logDestroyPending = false
        let context = EventLoop.ExceptionContext(
            message: "Task was destroyed but it is pending!", exception: nil,
            details: [("task", .object(task))], task: task, category: "destroyedPending")
        task.loop.callExceptionHandler(context)
    }
}

extension Interpreter {
    /// `loop.close()` clears the ready queue: a task whose only reference was
    /// a handle there (made with `create_task` but never run) is freed then
    /// in CPython, first to last; its finalizer logs, and its coroutine,
    /// never started, warns at `self._ready.clear()`. Tasks anything else
    /// still refers to stay for the end of the run.
    func freeTasksDropped(with handles: inout [Handle]) {
        var tasks: [Task?] = []
        for h in handles {
            if let t = h.task, t.logDestroyPending, !t.isDone, !tasks.contains(where: { $0 === t }) { tasks.append(t) }
        }
        handles.removeAll()
        for i in tasks.indices {
            guard let id = tasks[i]?.id else { continue }
            // Only `tasks` and the pending list hold it: CPython frees it here.
            asyncio.pendingTasks.remove(id)
            guard isKnownUniquelyReferenced(&tasks[i]) else {
                if let t = tasks[i] { asyncio.pendingTasks.insert(t) }
                continue
            }
            if let t = tasks[i] { logDestroyedPending(t) }
            releasing(at: .loopClose) { tasks[i] = nil }
        }
    }
}
