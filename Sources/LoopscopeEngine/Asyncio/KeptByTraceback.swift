// asyncio's API is Python code in CPython: when `asyncio.create_task(coro)`,
// `asyncio.run(coro)` or `loop.run_until_complete(coro)` raises, the
// exception's traceback holds the library frame, and so its arguments. A
// coroutine passed in is freed only when the exception is — at the end of
// the program's `except` block — and its "never awaited" warning names that
// line. Loopscope's natives (and prelude frames, which tracebacks leave out)
// keep the unawaited coroutines among their arguments with the exception.
extension Interpreter {
    /// Called when an asyncio native raises `exc` with `args`.
    func keepUnawaitedArguments(_ args: Arguments, in exc: PyException) {
        for v in args.positional where holdsUnawaitedCoroutine(v) { exc.keptAlive.append(v) }
        for (_, v) in args.keywords where holdsUnawaitedCoroutine(v) { exc.keptAlive.append(v) }
    }

    /// Called when `exc` leaves a prelude frame: the frame's locals stay
    /// alive with the traceback in CPython.
    func keepUnawaitedLocals(of frame: Frame, in exc: PyException) {
        for i in 0..<frame.code.localCount {
            if let v = frame.locals[i], holdsUnawaitedCoroutine(v) { exc.keptAlive.append(v) }
        }
    }

    /// A coroutine never started, directly or as an item of a list, tuple
    /// or set (`asyncio.wait([coro])`).
    private func holdsUnawaitedCoroutine(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case let c as PyCoroutine: return !c.frame.started && !c.finished
        case let c as NativeCoroutine: return c.neverStarted
        case let l as PyList: return l.items.contains { isUnawaitedCoroutine($0) }
        case let t as PyTuple: return t.items.contains { isUnawaitedCoroutine($0) }
        case let s as PySetBase: return s.elements.contains { isUnawaitedCoroutine($0) }
        default: return false
        }
    }

    private func isUnawaitedCoroutine(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if let c = o as? PyCoroutine { return !c.frame.started && !c.finished }
        return (o as? NativeCoroutine)?.neverStarted ?? false
    }

    /// The program ends with `exc` uncaught: its traceback is cleared late
    /// in shutdown, and what it kept is freed then (`sys:1` warnings).
    func releaseKeptAlive(_ exc: PyException) {
        releaseKeptAlive(chainOf: exc)
        // Warned about with what the traceback held, late in shutdown.
        asyncio.neverAwaitedHeld += asyncio.neverAwaited
        asyncio.neverAwaited = []
    }

    private func releaseKeptAlive(chainOf exc: PyException) {
        var seen = Set<ObjectIdentifier>()
        var next: PyException? = exc
        while let e = next, seen.insert(ObjectIdentifier(e)).inserted {
            e.keptAlive = []
            if let cause = e.cause { releaseKeptAlive(chainOf: cause) }
            next = e.context
        }
    }
}
