// "Task was destroyed but it is pending!": CPython logs it from a Task's
// finalizer when a task that never finished is freed. Programs that drive a
// loop with run_until_complete (not asyncio.run, which cancels every task
// before closing the loop) leave such tasks behind, and CPython frees them at
// exit. Loopscope reports them at the end of the run, in creation order.
//
// CPython's collector usually finalizes a suspended coroutine before its task
// (the coroutine was created first): its `finally` blocks run, then the task
// logs with `done, defined at` in its repr. A coroutine that never started is
// not closed: it is freed later, with its own never-awaited warning. (When a
// frame kept alive by a traceback holds the task, CPython may free the task
// first; that order is not modelled.)
extension Interpreter {
    func reportTasksDestroyedPending() {
        for task in asyncio.pendingTasks.tasks where task.logDestroyPending && !task.isDone {
            if case .object(let o) = task.coro, let g = o as? PyGenBase, g.hasStarted { closeAtShutdown(g) }
            let context = EventLoop.ExceptionContext(
                message: "Task was destroyed but it is pending!", exception: nil,
                details: [("task", task.repr(self))], task: task, category: "destroyedPending")
            task.loop.defaultExceptionHandler(context)
        }
    }
}
