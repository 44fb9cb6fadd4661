// asyncio.Task (tasks.py, 3.11): a coroutine wrapped in a Future, stepped by
// the loop. `step` is `Task.__step` and `wakeup` is `Task.__wakeup`; a step
// whose coroutine exhausts the instruction budget returns `.sliced` and is
// continued by the next call of the same handle.
final class Task: Future {
    // 100,000 live tasks (bench/many_tasks.py) make every field count: the
    // coroutine is kept once (`body`), what the task awaits is derived from
    // `futWaiter`, and the small fields share one word.
    let id: TaskID
    private(set) var name: String
    /// The coroutine, typed once: a VM coroutine or a native one.
    private let body: Body
    private enum Body {
        case fiber(Fiber)
        case native(NativeCoroutine)
    }

    var futWaiter: Future?
    /// The contextvars context every step runs in (nil without contextvars).
    var context: Value?

    /// `Task.cancelling()`: cancel requests not yet uncancelled.
    var numCancelsRequested: Int { Int(cancelsRequested) }
    private var cancelsRequested: Int32 = 0
    var mustCancel = false
    /// False for tasks whose pending destruction must not be reported
    /// (gather children, run_until_complete's task).
    var logDestroyPending = true
    /// Debug mode's `_source_traceback[-1]`: `created at FILE:LINE` in the repr.
    var createdAt: String?
    /// Budget slicing: a step in progress (see `stepInstructions`).
    private var inSlicedStep = false
    private var nativeStarted = false

    /// Where the task last suspended and on what (for events and deadlocks).
    var lastLine: Int {
        get { Int(lines.last) }
        set { lines.last = Int32(clamping: newValue) }
    }
    /// `lastLine` and `definitionLine` share one word (Task size class).
    private var lines = (last: Int32(0), definition: Int32(0))

    /// Budget slicing: the instruction count of the step in progress.
    private var stepInstructions = 0

    init(coro: Value, loop: EventLoop, name: String?) throws {
        let interp = loop.interp
        // `isCoroutine` holds for VM coroutines and native ones only.
        let body: Body
        if case .object(let o) = coro, type(of: o) == PyCoroutine.self {
            // The common case, without the protocol casts below.
            body = .fiber(unsafeDowncast(o, to: PyCoroutine.self))
        } else if interp.isCoroutine(coro), case .object(let o) = coro, let fiber = o as? Fiber {
            body = .fiber(fiber)
        } else if case .object(let o) = coro, let native = o as? NativeCoroutine {
            body = .native(native)
        } else {
            throw pyTypeError("a coroutine was expected, got \(interp.describe(coro))")
        }
        let state = interp.asyncio
        self.id = state.allocateTaskID()
        self.name = name ?? state.nextTaskName()
        self.body = body
        if case .fiber(let fiber) = body { self.lines.last = Int32(clamping: fiber.fiberLine) }
        super.init(loop: loop)
        self.lines.definition = lines.last
        state.chargeSeconds(state.cost.task)
        if state.wantsEvents {
            state.emit(.taskCreated(task: id, name: self.name, coroutine: coroutineName,
                                    creator: state.currentTask?.id, line: interp.currentLine))
            if case .fiber(let fiber) = body, let args = interp.argumentReprs(fiber), !args.isEmpty {
                state.emit(.taskArgs(task: id, args: args))
            }
        }
        if loop.debug { createdAt = loop.takeCreationSite() }
        context = try interp.capturedContext(interp.takePendingTaskContext())
        loop.callSoon(.taskStep(self, nil))
        state.pendingTasks.insert(self)
    }

    /// `asyncio.create_task(coro, name=...)` and `TaskGroup.create_task` (3.11):
    /// CPython creates the task unnamed, then renames it, so a given name
    /// still uses up a `Task-N` number. The name is set up front here so the
    /// `taskCreated` event already carries it.
    static func createNamedLater(coro: Value, loop: EventLoop, name: String?) throws -> Task {
        if name != nil {
            guard loop.interp.isCoroutine(coro) else {
                throw pyTypeError("a coroutine was expected, got \(loop.interp.describe(coro))")
            }
            _ = loop.state.nextTaskName()
        }
        return try Task(coro: coro, loop: loop, name: name)
    }

    override var pyType: PyType { AsyncioTypes.task }

    var coroutineName: String { fiber?.fiberName ?? native?.coroutineName ?? "?" }

    /// `Task.get_coro()`.
    var coro: Value {
        switch body {
        case .fiber(let f): return .object(f)
        case .native(let n): return .object(n)
        }
    }
    private var fiber: Fiber? {
        if case .fiber(let f) = body { return f }
        return nil
    }
    private var native: NativeCoroutine? {
        if case .native(let n) = body { return n }
        return nil
    }

    /// What the task waits for, for deadlock reports: `Task-3`,
    /// `Event.wait()`; empty while it is not suspended on a future.
    var awaiting: String {
        guard let fut = futWaiter, !isDone else { return "" }
        return Self.describeAwaited(fut)
    }

    private static func describeAwaited(_ fut: Future) -> String {
        if let t = fut as? Task { return t.name }
        return fut.label ?? "Future"
    }

    /// `Task-2.__step()` / `Task-2.__wakeup()`, built once (events name every
    /// step). One optional reference instead of two lazy strings keeps the
    /// Task 40 bytes smaller (100,000 live tasks).
    private var descriptions: TaskDescriptions?
    var stepDescription: String { describedSteps.step }
    var wakeupDescription: String { describedSteps.wakeup }
    private var describedSteps: TaskDescriptions {
        if let descriptions { return descriptions }
        let d = TaskDescriptions(name: name)
        descriptions = d
        return d
    }

    func setName(_ newName: String) {
        name = newName
        descriptions = nil
        loop.state.emit(.taskRenamed(task: id, name: newName))
    }

    // MARK: cancellation

    /// `Task.cancel(msg)`.
    @discardableResult
    override func cancel(message: Value = .none) -> Bool {
        logTraceback = false
        if isDone { return false }
        if cancelsRequested < Int32.max { cancelsRequested += 1 }
        loop.state.emit(.taskCancelRequested(task: id, by: loop.currentTask?.id))
        if let waiter = futWaiter, waiter.cancel(message: message) {
            return true
        }
        mustCancel = true
        cancelMessage = message
        return true
    }

    func uncancel() -> Int {
        if cancelsRequested > 0 { cancelsRequested -= 1 }
        return numCancelsRequested
    }

    // MARK: stepping

    /// `Task.__wakeup(future)`.
    func wakeup(_ future: Future) throws -> HandleRunResult {
        do {
            _ = try future.result()
        } catch let error as PyError {
            return try step(error.exception)
        }
        return try step(nil)
    }

    /// `Task.__step(exc)`.
    func step(_ exc: PyException?) throws -> HandleRunResult {
        let interp = loop.interp
        var input: ResumeInput?
        if inSlicedStep {
            inSlicedStep = false
        } else {
            if isDone {
                loop.callExceptionHandler(.init(
                    message: "Exception in callback \(name).__step()",
                    exception: interp.makeException(AsyncioExceptions.invalidStateError,
                                                    "_step(): already done: \(repr(interp)), \(exc.map { interp.describeException($0) } ?? "None")"),
                    task: self, category: "callbackException"))
                return .finished(instructions: 0)
            }
            var exc = exc
            if mustCancel {
                if !(exc?.isCancelledError ?? false) { exc = makeCancelledError() }
                mustCancel = false
            }
            futWaiter = nil
            stepInstructions = 0
            if let exc {
                input = .throwing(exc)
            } else {
                input = hasStarted ? .send(.none) : nil
            }
        }

        loop.currentTask = self
        defer { loop.currentTask = nil }
        var executed = 0
        let result = drive(interp, input, executed: &executed)
        stepInstructions += executed

        switch result {
        case .budgetExhausted:
            inSlicedStep = true
            return .sliced(instructions: stepInstructions, line: fiber?.fiberLine ?? 0)
        case .returned(let value):
            if mustCancel {
                mustCancel = false
                futureCancel(message: cancelMessage)
                finished()
            } else {
                try? setResult(value)
                finished()
            }
        case .raised(let e):
            if e.isCancelledError {
                cancelledExc = e
                futureCancel()
                finished()
            } else {
                interp.holdNeverAwaitedWarnings(raising: e)
                try? setException(e)
                finished()
                if e.isInstance(of: BuiltinTypes.keyboardInterrupt) || e.isInstance(of: BuiltinTypes.systemExit) {
                    throw PyError(e)
                }
            }
        case .yielded(let value):
            handleYield(interp, value)
        case .suspendRequest(let value):
            handleYield(interp, value)
        }
        return .finished(instructions: stepInstructions)
    }

    private var hasStarted: Bool {
        if let fiber { return fiber.hasStarted }
        return nativeStarted
    }

    private func drive(_ interp: Interpreter, _ input: ResumeInput?, executed: inout Int) -> FiberResult {
        let native: NativeCoroutine
        switch body {
        case .fiber(let fiber):
            if type(of: fiber) != PyCoroutine.self, let driven = fiber as? SelfDrivenFiber {
                return driven.resume(interp, input, budget: interp.asyncio.instructionBudget, executed: &executed)
            }
            return interp.resume(fiber, input, budget: interp.asyncio.instructionBudget, executed: &executed)
        case .native(let n):
            native = n
        }
        let first = !nativeStarted
        nativeStarted = true
        do {
            var nativeInput = input
            if first, case .send? = input { nativeInput = nil }
            switch try native.awaitStep(interp, nativeInput) {
            case .suspend(let v): return .yielded(v)
            case .done(let v): return .returned(v)
            }
        } catch let error as PyError {
            return .raised(error.exception)
        } catch {
            return .raised(interp.makeException(BuiltinTypes.runtimeError, "\(error)"))
        }
    }

    /// The `else:` branch of `__step`: what did the coroutine yield?
    private func handleYield(_ interp: Interpreter, _ value: Value) {
        lastLine = fiber?.fiberLine ?? lastLine
        if case .object(let o) = value, let fut = o as? Future {
            if fut.loop !== loop {
                rescheduleWithError(interp, "Task \(repr(interp)) got Future \(fut.repr(interp)) attached to a different loop")
            } else if fut.blocking {
                if fut === self {
                    rescheduleWithError(interp, "Task cannot await on itself: \(repr(interp))")
                    return
                }
                fut.blocking = false
                noteSuspension(on: fut)
                fut.addDoneCallback(.wakeup(self))
                futWaiter = fut
                if mustCancel, fut.cancel(message: cancelMessage) {
                    mustCancel = false
                }
            } else {
                rescheduleWithError(interp, "yield was used instead of yield from in task \(repr(interp)) with \(fut.repr(interp))")
            }
        } else if value.isNone {
            loop.state.emit(.taskSuspended(task: id, line: lastLine,
                                           awaiting: native?.awaitingLabel ?? "asyncio.sleep(0)", awaitedTasks: []))
            loop.callSoon(.taskStep(self, nil))
        } else {
            rescheduleWithError(interp, "Task got bad yield: \(interp.describe(value))")
        }
    }

    private func noteSuspension(on fut: Future) {
        guard loop.state.wantsEvents else { return }
        let awaitedTasks = (fut as? Task).map { [$0.id] } ?? fut.awaitedTasks
        loop.state.emit(.taskSuspended(task: id, line: lastLine, awaiting: Self.describeAwaited(fut),
                                       awaitedTasks: awaitedTasks))
        if fut.syncObject != 0 { loop.state.emit(.syncChanged(object: fut.syncObject, op: .waiting, task: id)) }
    }

    private func rescheduleWithError(_ interp: Interpreter, _ message: String) {
        loop.callSoon(.taskStep(self, interp.makeException(BuiltinTypes.runtimeError, message)))
    }

    /// The task's future just completed: events and bookkeeping.
    private func finished() {
        let state = loop.state
        state.pendingTasks.remove(id)
        switch self.state {
        case .cancelled:
            state.emit(.taskCancelled(task: id, line: fiber?.fiberLine ?? lastLine))
        case .finished:
            if let exception {
                state.emit(.taskFailed(task: id, exception: loop.interp.describeException(exception),
                                       line: exception.traceback.last?.line ?? lastLine))
            } else if state.wantsEvents {
                state.emit(.taskDone(task: id, result: loop.interp.describe(resultValue)))
            }
        case .pending:
            break
        }
    }

    // MARK: repr

    /// `base_tasks._task_repr`.
    override func repr(_ interp: Interpreter) -> String {
        // 3.11's `_task_repr_info`: a pending task asked to cancel says so.
        var info = [numCancelsRequested > 0 && !isDone ? "cancelling" : stateText()]
        info.append("name='\(name)'")
        let file = interp.filename
        if fiber is AsyncGenCloser {
            // `_format_coroutine` of an object without __qualname__ or code.
            info.append("coro=<<async_generator_athrow without __name__>()>")
        } else if isDone || (fiber as? PyGenBase)?.finished == true {
            // `_format_coroutine`: a coroutine without a frame (finished, or
            // closed by its finalizer at exit) shows where it was defined.
            info.append("coro=<\(coroutineName)() done, defined at \(file):\(definitionLine)>")
        } else {
            info.append("coro=<\(coroutineName)() running at \(file):\(fiber?.fiberLine ?? lastLine)>")
        }
        info += outcomeInfo(interp)
        if let w = futWaiter, !isDone { info.append("wait_for=\(w.repr(interp))") }
        if let createdAt { info.append("created at \(createdAt)") }
        return "<Task \(info.joined(separator: " "))>"
    }

    /// The coroutine's line before it first ran (CPython shows `co_firstlineno`).
    var definitionLine: Int { Int(lines.definition) }
}

/// A task's handle descriptions, built on first use.
final class TaskDescriptions {
    let step: String
    let wakeup: String
    init(name: String) {
        step = "\(name).__step()"
        wakeup = "\(name).__wakeup()"
    }
}
