// `asyncio.to_thread(func, *args)` and `loop.run_in_executor(None, func, *args)`
// modelled as work off the loop: `func` runs at once, synchronously, with a
// private virtual clock, so its `time.sleep(d)` calls (and, in CPU mode, its
// running time) do not block or advance the loop's clock but add up to
// `d_total`; the result (or exception) reaches the awaiting future through a
// timer at `now + d_total`. The conformance recorder models CPython the same
// way (the GIL's contention with the loop is not modelled).
extension Interpreter {
    func startThreadWork(_ fn: Value, _ args: Arguments, loop: EventLoop) -> Future {
        let label = "to_thread(\(callableName(fn)))"
        let future = Future(loop: loop, label: label)
        future.completedBy = "thread done"
        let (outcome, elapsed) = runOffLoop(fn, args)
        loop.callLater(elapsed, .native("_chain_future") { _ in
            if future.isCancelled { return }
            switch outcome {
            case .success(let v): try? future.setResult(v)
            case .failure(let e): try? future.setException(e.exception)
            }
        }, task: loop.currentTask?.id, label: label)
        return future
    }
}

extension Interpreter {
    /// `fn(*args)` as modelled thread work: at once, on a private clock;
    /// returns its outcome and the virtual time it took.
    func runOffLoop(_ fn: Value, _ args: Arguments) -> (Result<Value, PyError>, Double) {
        // The loop's clock is charged up to here; the work's own running
        // time goes to its private clock.
        settleClock()
        let saved = asyncio.threadClock
        asyncio.threadClock = 0
        let outcome: Result<Value, PyError>
        do {
            outcome = .success(try call(fn, args))
        } catch let e as PyError {
            outcome = .failure(e)
        } catch {
            outcome = .failure(pyRuntimeError("\(error)"))
        }
        settleClock()
        let elapsed = asyncio.threadClock ?? 0
        asyncio.threadClock = saved
        return (outcome, elapsed)
    }
}

/// The coroutine `asyncio.to_thread(...)` returns: starts the work when first
/// awaited (CPython submits it to the executor then), then awaits its future.
final class ToThreadCoroutine: NativeAwaitableObject, NativeCoroutine {
    let fn: Value
    let args: Arguments
    private var future: Future?
    private(set) var isFinished = false
    /// Weak: the deinit must not touch an interpreter already freed.
    /// Through the interpreter's shared link, not a weak reference of its own (see `InterpreterLink`).
    private let link: InterpreterLink
    private var interp: Interpreter? { link.interpreter }

    init(_ interp: Interpreter, fn: Value, args: Arguments) {
        self.link = interp.link
        self.fn = fn
        self.args = args
    }

    deinit { warnIfNeverAwaited(interp) }

    override var pyType: PyType { AsyncioTypes.coroutine }
    var coroutineName: String { "to_thread" }
    var neverStarted: Bool { future == nil && !isFinished }
    var awaitingLabel: String { "to_thread(\(interp?.callableName(fn) ?? "..."))" }

    override func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep {
        if future == nil {
            if case .throwing(let e)? = input { isFinished = true; throw PyError(e) }
            future = interp.startThreadWork(fn, args, loop: try interp.getRunningLoop())
        }
        guard let future else { throw pyRuntimeError("to_thread: no future") }
        do {
            let step = try future.awaitStep(interp, input)
            if case .done = step { isFinished = true }
            return step
        } catch {
            isFinished = true
            throw error
        }
    }
}
