// contextvars and the loop: every task runs in the copy of the context that
// was current when it was created (or the `context=` it was given), and every
// Python callback in the context current at `call_soon` / `add_done_callback`
// time, as CPython's Task and Handle do. Nothing is captured until a program
// imports contextvars, so programs without it pay nothing.

extension Interpreter {
    /// The context a new task or callback captures: `explicit` when given,
    /// else a copy of the current one; nil while contextvars is not imported.
    func capturedContext(_ explicit: Value?) throws -> Value? {
        guard let copy = stdlib.copyContext else { return nil }
        if let explicit, !explicit.isNone { return explicit }
        return try call(copy, Arguments([]))
    }

    /// The `context=` handed to `create_task`, for the Task being created.
    func takePendingTaskContext() -> Value? {
        defer { stdlib.pendingTaskContext = nil }
        return stdlib.pendingTaskContext
    }

    /// `body` with `ctx` as the current context (unchanged when nil).
    func withContext<T>(_ ctx: Value?, _ body: () throws -> T) rethrows -> T {
        guard let ctx else { return try body() }
        let saved = stdlib.context
        stdlib.context = ctx
        defer { stdlib.context = saved }
        return try body()
    }

    /// `create_task(coro, context=...)`: the task made by `make` takes it.
    func withTaskContext<T>(_ a: NativeArgs, _ make: () throws -> T) throws -> T {
        if let ctx = a.keyword("context"), !ctx.isNone { stdlib.pendingTaskContext = ctx }
        defer { stdlib.pendingTaskContext = nil }
        return try make()
    }
}
