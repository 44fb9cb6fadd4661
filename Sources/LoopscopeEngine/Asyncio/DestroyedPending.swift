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
