// `asyncio.sleep(delay, result=None)` (tasks.py, 3.11) as a native coroutine:
// `delay <= 0` is one bare yield (`__sleep0`); otherwise a future completed by
// `call_later(delay, _set_result_unless_cancelled, future, result)`, whose
// timer is cancelled in `finally` (i.e. however the await ends).
final class SleepCoroutine: NativeAwaitableObject, NativeCoroutine {
    private enum Phase { case created, yieldedZero, waiting(Future, TimerHandle), finished }
    private var phase: Phase = .created
    let delay: Value
    let result: Value
    /// Weak: a coroutine may outlive its run's interpreter (a test, a
    /// value kept by the host), and its deinit must not touch a freed one.
    /// Through the interpreter's shared link, not a weak reference of its own (see `InterpreterLink`).
    private let link: InterpreterLink
    private var interp: Interpreter? { link.interpreter }

    init(_ interp: Interpreter, delay: Value, result: Value) {
        self.link = interp.link
        self.delay = delay
        self.result = result
    }

    deinit { warnIfNeverAwaited(interp) }

    override var pyType: PyType { AsyncioTypes.coroutine }
    var coroutineName: String { "sleep" }
    var awaitingLabel: String { "asyncio.sleep(\(interp?.describeNumber(delay) ?? "..."))" }
    var isFinished: Bool { if case .finished = phase { return true } else { return false } }
    var neverStarted: Bool { if case .created = phase { return true } else { return false } }

    override func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep {
        switch phase {
        case .created:
            guard let seconds = delay.asDouble else {
                phase = .finished
                throw pyTypeError("'<=' not supported between instances of '\(interp.typeOf(delay).name)' and 'int'")
            }
            if case .throwing(let e)? = input { phase = .finished; throw PyError(e) }
            if seconds <= 0 {
                phase = .yieldedZero
                return .suspend(.none)
            }
            guard let loop = interp.asyncio.runningLoop else {
                phase = .finished
                throw pyRuntimeError("no running event loop")
            }
            do {
                _ = try interp.requireDelay(delay, "delay")
            } catch {
                phase = .finished
                throw error
            }
            let future = Future(loop: loop, label: awaitingLabel)
            future.completedBy = "timer"
            let result = self.result
            let timer = loop.callLater(seconds, .native("_set_result_unless_cancelled") { _ in
                setResultUnlessCancelled(future, result)
            }, task: loop.currentTask?.id, label: awaitingLabel)
            phase = .waiting(future, timer)
            return try forward(interp, future, timer, nil)
        case .yieldedZero:
            phase = .finished
            if case .throwing(let e)? = input { throw PyError(e) }
            return .done(result)
        case .waiting(let future, let timer):
            return try forward(interp, future, timer, input)
        case .finished:
            throw pyRuntimeError("cannot reuse already awaited coroutine")
        }
    }

    /// `return await future` inside `try: ... finally: h.cancel()`.
    private func forward(_ interp: Interpreter, _ future: Future, _ timer: TimerHandle, _ input: ResumeInput?) throws -> AwaitStep {
        do {
            let step = try future.awaitStep(interp, input)
            if case .done = step {
                phase = .finished
                timer.cancelIfPending()
            }
            return step
        } catch {
            phase = .finished
            timer.cancelIfPending()
            throw error
        }
    }
}

extension TimerHandle {
    /// `h.cancel()` in sleep's `finally`; a timer that already fired is
    /// marked cancelled silently, as CPython's cancel of a run handle is a no-op.
    func cancelIfPending() {
        if scheduled { cancel() } else { cancelled = true }
    }
}
