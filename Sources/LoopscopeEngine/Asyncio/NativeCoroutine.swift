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

extension Future {
    /// One step of a native coroutine's `await fut` inside its `try/finally`
    /// (Queue.get, Lock.acquire, Event.wait): `.suspend` passes on, `.done`
    /// carries the result; when the await raises (the future failed or was
    /// cancelled, or an exception was thrown in), `leave` runs first, as the
    /// coroutine's `finally`/`except` would, then the error goes on.
    func awaitStep(_ interp: Interpreter, _ input: ResumeInput?, leaving leave: (Error) throws -> Void) throws -> AwaitStep {
        do {
            return try awaitStep(interp, input)
        } catch {
            try leave(error)
            throw error
        }
    }
}

/// A coroutine whose whole body runs on its first step, without suspending
/// (`async with lock:`'s `__aexit__`, `TaskGroup.__aenter__`, a runner's
/// shutdown step with nothing to shut down). Made without an interpreter it
/// never reports itself as never awaited.
final class OneStepCoroutine: NativeAwaitableObject, ClosableNativeCoroutine {
    let coroutineName: String
    /// nil once it ran (or was closed).
    private var body: ((Interpreter) throws -> Value)?
    /// Through the interpreter's shared link, not a weak reference of its own (see `InterpreterLink`).
    private let link: InterpreterLink?
    private var interp: Interpreter? { link?.interpreter }

    init(_ interp: Interpreter?, name: String, _ body: @escaping (Interpreter) throws -> Value) {
        self.link = interp?.link
        self.coroutineName = name
        self.body = body
    }

    deinit { warnIfNeverAwaited(interp) }

    override var pyType: PyType { AsyncioTypes.coroutine }
    var awaitingLabel: String { coroutineName + "()" }
    var isFinished: Bool { body == nil }
    var neverStarted: Bool { body != nil }
    func close() { body = nil }

    override func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep {
        guard let body else { throw pyRuntimeError("cannot reuse already awaited coroutine") }
        self.body = nil
        if case .throwing(let e)? = input { throw PyError(e) }
        return .done(try body(interp))
    }
}

/// Where a native coroutine that waits on something is.
enum CoroutinePhase<Parked> {
    case created
    /// Suspended on `Parked` (a future, an inner coroutine).
    case parked(Parked)
    case finished
}

/// A native coroutine whose progress is one `CoroutinePhase`: it reports
/// itself finished or never started from it, and `close()` before the first
/// step finishes it (CPython then neither runs it nor warns).
protocol PhasedCoroutine: ClosableNativeCoroutine {
    associatedtype Parked
    var phase: CoroutinePhase<Parked> { get set }
}

extension PhasedCoroutine {
    var isFinished: Bool { if case .finished = phase { return true } else { return false } }
    var neverStarted: Bool { if case .created = phase { return true } else { return false } }
    func close() { if case .created = phase { phase = .finished } }
}
