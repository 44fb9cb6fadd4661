// `asyncio.run` / `asyncio.Runner` (runners.py, 3.11) and
// `loop.run_until_complete`, as state machines the Engine can advance one
// loop step at a time. Each phase is a `run_until_complete(future)`:
// run the loop until `_run_until_complete_cb` stops it.
final class LoopDriver: PyObject {
    enum Phase {
        case main
        case cancelling([Task])
        case shutdownAsyncgens
        case shutdownExecutor
        case done
    }

    let loop: EventLoop
    /// `asyncio.run` (full Runner lifecycle) or a bare `run_until_complete`.
    let isRunner: Bool
    private(set) var phase: Phase = .main
    /// nil for `run_forever`, which runs until `stop()`.
    private var waitingOn: Future?
    private let mainFuture: Future?
    private var mainOutcome: Result<Value, PyError>?
    private(set) var outcome: Result<Value, PyError>?

    override var pyType: PyType { AsyncioTypes.driver }

    /// `Runner.run(coro)` / `run_until_complete(future)` setup.
    init(loop: EventLoop, future: Future, isRunner: Bool) throws {
        self.loop = loop
        self.isRunner = isRunner
        self.mainFuture = future
        self.waitingOn = future
        super.init()
        try startPhase(future)
    }

    /// `loop.run_forever()`: no future, the loop runs until `stop()`.
    init(runForever loop: EventLoop) throws {
        self.loop = loop
        self.isRunner = false
        self.mainFuture = nil
        self.waitingOn = nil
        super.init()
        try loop.beginRunForever()
    }

    var isFinished: Bool { outcome != nil }

    private func startPhase(_ future: Future) throws {
        waitingOn = future
        future.addDoneCallback(.native(NativeFutureCallback(key: 1, name: "_run_until_complete_cb") { _, fut in
            if !fut.isCancelled, let exc = fut.exception,
               exc.isInstance(of: BuiltinTypes.systemExit) || exc.isInstance(of: BuiltinTypes.keyboardInterrupt) {
                return
            }
            fut.loop.stopping = true
        }))
        try loop.beginRunForever()
    }

    /// Advances by one loop step (or one phase transition).
    func step() -> LoopStep {
        guard outcome == nil else { return .stopped }
        let result: LoopStep
        do {
            result = try loop.step()
        } catch let error as PyError {
            // SystemExit / KeyboardInterrupt out of run_forever.
            if case .main = phase, let mainFuture, mainFuture.isDone, !mainFuture.isCancelled {
                _ = try? mainFuture.exceptionValue()
            }
            waitingOn?.removeDoneCallback(key: 1)
            guard isRunner else {
                finish(.failure(error))
                return .stopped
            }
            // asyncio.run's Runner.close() still runs: the remaining tasks are
            // cancelled (callbacks already queued run first), then the
            // exception goes on. One escaping close() itself replaces it and
            // ends close() there (its `finally` closes the loop).
            mainOutcome = .failure(error)
            if case .main = phase {
                cancelAllTasks()
                return .ran
            }
            closeLoop()
            return .stopped
        } catch {
            return .stopped
        }
        switch result {
        case .ran:
            if !loop.state.unretrievedFailures.isEmpty { loop.interp.reportFreedFailures() }
            return result
        case .sliced, .deadlock:
            return result
        case .stopped:
            phaseEnded()
            return .ran
        }
    }

    /// `run_until_complete`'s tail after `run_forever` returned.
    private func phaseEnded() {
        guard let waitingOn else {
            finish(.success(.none))
            return
        }
        waitingOn.removeDoneCallback(key: 1)
        let phaseOutcome: Result<Value, PyError>
        if !waitingOn.isDone {
            phaseOutcome = .failure(pyRuntimeError("Event loop stopped before Future completed."))
        } else {
            do { phaseOutcome = .success(try waitingOn.result()) } catch let e as PyError {
                phaseOutcome = .failure(e)
            } catch { phaseOutcome = .failure(pyRuntimeError("\(error)")) }
        }
        switch phase {
        case .main:
            mainOutcome = phaseOutcome
            if !isRunner {
                finish(phaseOutcome)
                return
            }
            cancelAllTasks()
        case .cancelling(let tasks):
            reportShutdownFailures(tasks)
            startShutdownTask(name: "BaseEventLoop.shutdown_asyncgens", next: .shutdownAsyncgens)
        case .shutdownAsyncgens:
            startShutdownTask(name: "BaseEventLoop.shutdown_default_executor", next: .shutdownExecutor)
        case .shutdownExecutor, .done:
            closeLoop()
        }
    }

    /// `runners._cancel_all_tasks`.
    private func cancelAllTasks() {
        let toCancel = loop.state.pendingTasks.tasks.filter { $0.loop === loop }
        if toCancel.isEmpty {
            startShutdownTask(name: "BaseEventLoop.shutdown_asyncgens", next: .shutdownAsyncgens)
            return
        }
        for t in toCancel { t.cancel() }
        do {
            let g = try loop.interp.gather(toCancel.map { .object($0) }, returnExceptions: true)
            phase = .cancelling(toCancel)
            try startPhase(g)
        } catch {
            closeLoop()
        }
    }

    private func reportShutdownFailures(_ tasks: [Task]) {
        for t in tasks where !t.isCancelled {
            if let exc = (try? t.exceptionValue()) ?? nil {
                loop.callExceptionHandler(.init(
                    message: "unhandled exception during asyncio.run() shutdown", exception: exc,
                    details: [("task", .object(t))], task: t, category: "shutdownException"))
            }
        }
    }

    /// `loop.run_until_complete(loop.shutdown_asyncgens())`: a real task (it
    /// takes a Task-N name, as in CPython) whose coroutine returns at once.
    private func startShutdownTask(name: String, next: Phase) {
        do {
            var coro: Value = .object(OneStepCoroutine(nil, name: name) { _ in .none })
            if case .shutdownAsyncgens = next {
                let live = loop.takeLiveAsyncGenerators()
                if !live.isEmpty { coro = try loop.shutdownAsyncgensCoroutine(live) }
            }
            let task = try Task(coro: coro, loop: loop, name: nil)
            task.logDestroyPending = false
            phase = next
            try startPhase(task)
        } catch {
            closeLoop()
        }
    }

    private func closeLoop() {
        try? loop.close()
        loop.state.emit(.loopClosed)
        if isRunner { _ = try? loop.interp.callAsyncio("set_event_loop", .none) }
        phase = .done
        finish(mainOutcome ?? .failure(pyRuntimeError("Event loop stopped before Future completed.")))
    }

    private func finish(_ result: Result<Value, PyError>) {
        outcome = result
        phase = .done
    }

    /// Runs to completion without yielding to the Engine (asyncio.run called
    /// where the fiber cannot suspend). Deadlock ends the program.
    func runInline() throws -> Value {
        while true {
            if let outcome {
                loop.interp.reportUnretrievedExceptions()
                return try outcome.get()
            }
            if step() == .deadlock {
                // The program can never continue: report and end it like `sys.exit(1)`.
                loop.reportDeadlock()
                throw PyError(PyException(type: BuiltinTypes.systemExit, args: [.int(1)]))
            }
        }
    }
}
