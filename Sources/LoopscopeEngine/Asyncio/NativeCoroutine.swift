// Coroutines written in Swift (what `asyncio.sleep(1)` returns). Awaiting one
// drives `awaitStep`; a Task can also wrap one (`create_task(asyncio.sleep(1))`,
// `gather(asyncio.sleep(1), ...)`), driving it the same way.
protocol NativeCoroutine: NativeAwaitable {
    /// The coroutine function's name (`sleep`), as `coro=<sleep() ...>` shows it.
    var coroutineName: String { get }
    var isFinished: Bool { get }
    /// What a task awaiting this coroutine's future is waiting for.
    var awaitingLabel: String { get }
    /// Not yet awaited, sent to or thrown into: freeing it now warns
    /// "coroutine ... was never awaited".
    var neverStarted: Bool { get }
}

extension NativeCoroutine {
    /// Coroutines that only a task ever drives never report themselves.
    var neverStarted: Bool { false }

    /// For a deinit: CPython warns "coroutine ... was never awaited" when a
    /// coroutine that never started is freed. `interp` is weak in the
    /// coroutine, so a freed interpreter is never touched.
    func warnIfNeverAwaited(_ interp: Interpreter?) {
        guard neverStarted, let interp, interp.onCoroutineNeverAwaited != nil else { return }
        interp.noteNeverAwaited(coroutineName)
    }
}

extension Interpreter {
    /// `asyncio.iscoroutine(v)`.
    func isCoroutine(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        // A class test first: a protocol cast searches the conformance cache.
        if type(of: o) == PyCoroutine.self { return true }
        if o is NativeCoroutine { return true }
        if let f = o as? Fiber { return f.fiberName != "<module>" }
        return false
    }

    func coroutineName(_ v: Value) -> String {
        guard case .object(let o) = v else { return "?" }
        if let c = o as? NativeCoroutine { return c.coroutineName }
        if let f = o as? Fiber { return f.fiberName }
        return o.pyType.name
    }
}

/// A fiber implemented in Swift that drives itself, with the same contract as
/// `Interpreter.resume` (instruction budget included). Used for engine tests
/// that run without the VM, and available to native code that needs a
/// budgeted coroutine.
protocol SelfDrivenFiber: Fiber {
    func resume(_ interp: Interpreter, _ input: ResumeInput?, budget: Int, executed: inout Int) -> FiberResult
}
