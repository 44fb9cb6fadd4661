// BaseEventLoop (base_events.py, 3.11) on a virtual clock. `_run_once` is
// split so a consumer can run it one handle at a time: `step()` does the
// iteration's bookkeeping (drop cancelled timers, "select", move due timers
// to ready) together with the first handle, and each later call runs the
// next handle of the same iteration, exactly `ntodo` of them.

/// What one `EventLoop.step()` did.
enum LoopStep: Equatable {
    /// A handle ran to completion.
    case ran
    /// A handle's task exhausted the instruction budget; step again to continue it.
    case sliced
    /// `run_forever` ended: `stop()` was called and its iteration finished.
    case stopped
    /// Nothing is ready, no timer is pending, not stopping: CPython would block forever.
    case deadlock
}

/// base_events.py constants.
let minScheduledTimerHandles = 100
let minCancelledTimerHandlesFraction = 0.5
let maximumSelectTimeout = 24.0 * 3600.0
let clockResolution = 1e-09
/// A timer further away than this (about 31 years) is never reached: with
/// nothing else to run, CPython would sit in select() for ever, and stepping
/// the virtual clock a day at a time would spin, so the run ends with the
/// deadlock report (`1e300`, `inf`).
let foreverHorizon = 1e9

final class EventLoop: PyObject {
    /// Not `unowned`: weak references give the interpreter a side table, and
    /// then every `unowned` load goes through its slow path (a loop step read
    /// it several times). The interpreter outlives every loop it runs.
    unowned(unsafe) let interp: Interpreter
    var state: AsyncioState { interp.asyncio }

    var ready = ReadyQueue()
    var scheduled = TimerHeap()
    var timerCancelledCount = 0
    var stopping = false
    var closed = false
    var isRunning = false
    var debug = false
    /// Whether this loop turned coroutine-origin tracking on, and the depth
    /// it replaced (`_set_coroutine_origin_tracking`).
    private var tracksOrigins = false
    private var savedOriginDepth = 0
    /// `_asyncgens`: async generators first iterated while this loop ran.
    let asyncGenerators = AsyncGenRegistry()
    var isClosed: Bool { closed }
    /// `set_exception_handler`; nil means the default handler.
    var exceptionHandler: Value = .none
    /// `set_default_executor`'s executor: kept (as CPython's loop keeps it);
    /// `run_in_executor` models every executor's work alike (README, threads).
    var defaultExecutor: Value = .none
    /// `set_task_factory`; None means `Task(coro, loop=self)`.
    var taskFactory: Value = .none
    /// A Python subclass this loop was made for (`class L(SelectorEventLoop)`).
    var subclass: PyType?
    /// Instance attributes (`slow_callback_duration`, a subclass's own state).
    var instanceAttributes: [String: Value] = ["slow_callback_duration": .float(0.1)]
    /// Debug mode: where asyncio's own code creates the next task or handle
    /// (CPython reports the innermost frame, which is then in asyncio/*.py).
    var internalCreationSite: String?
    /// Debug mode: `created at FILE:LINE` of handles scheduled from Python, by handle.
    var handleCreationSites: [HandleID: String] = [:]
    /// The clock when the running handle started (debug mode's slow-callback check).
    private var handleStartClock = 0.0

    /// Stepping state of the current `_run_once`.
    private var inIteration = false
    private var todo = 0
    private var iteration = 0
    private var slicedHandle: Handle?
    private(set) var currentHandle: Handle?
    /// `_current_tasks[loop]`.
    var currentTask: Task?

    init(interp: Interpreter) {
        self.interp = interp
        super.init()
        interp.asyncio.emit(.loopStarted)
        interp.logSelectorChoice()
    }

    override var pyType: PyType { subclass ?? AsyncioTypes.eventLoop }
    override var attributes: [String: Value]? {
        get { instanceAttributes }
        set { instanceAttributes = newValue ?? [:] }
    }

    /// `loop.time()`: the virtual clock.
    var time: Double { state.clock }

    // MARK: scheduling

    @discardableResult
    func callSoon(_ callback: HandleCallback) -> Handle {
        let h = Handle(id: state.allocateHandleID(), callback: callback, loop: self)
        state.chargeSeconds(state.cost.schedule)
        ready.append(h)
        if state.wantsEvents {
            state.emit(.handleScheduled(handle: h.id, task: h.task?.id, description: h.describe(interp)))
        }
        return h
    }

    @discardableResult
    func callLater(_ delay: Double, _ callback: HandleCallback, task: TaskID? = nil, label: String? = nil) -> TimerHandle {
        callAt(time + delay, callback, task: task, label: label)
    }

    @discardableResult
    func callAt(_ when: Double, _ callback: HandleCallback, task: TaskID? = nil, label: String? = nil) -> TimerHandle {
        let id = state.allocateHandleID()
        let timer = TimerHandle(id: id, when: when, callback: callback, loop: self, forTask: task, label: label ?? "")
        state.chargeSeconds(state.cost.schedule)
        scheduled.push(timer)
        timer.scheduled = true
        if state.wantsEvents {
            let description = label ?? timer.describe(interp)
            state.emit(.timerSet(timer: id, due: when, task: task, description: description))
        }
        return timer
    }

    // MARK: running

    /// `run_forever`'s setup: the loop becomes the running loop.
    func beginRunForever() throws {
        if closed { throw pyRuntimeError("Event loop is closed") }
        if isRunning { throw pyRuntimeError("This event loop is already running") }
        if state.runningLoop != nil {
            throw pyRuntimeError("Cannot run the event loop while another loop is running")
        }
        setOriginTracking(debug)
        isRunning = true
        state.runningLoop = self
    }

    /// `run_forever`'s teardown.
    func endRunForever() {
        stopping = false
        isRunning = false
        setOriginTracking(false)
        if state.runningLoop === self { state.runningLoop = nil }
    }

    /// Debug mode records where coroutines were created, 10 frames deep
    /// (asyncio's DEBUG_STACK_DEPTH); switching it off restores the depth
    /// the program had set itself.
    func setOriginTracking(_ on: Bool) {
        guard on != tracksOrigins else { return }
        tracksOrigins = on
        if on {
            savedOriginDepth = state.originTrackingDepth
            state.originTrackingDepth = 10
        } else {
            state.originTrackingDepth = savedOriginDepth
        }
    }

    /// One handle of `_run_once` (starting a new iteration when the last one
    /// is exhausted). Throws only SystemExit/KeyboardInterrupt, as CPython's
    /// `run_forever` lets them escape.
    func step() throws -> LoopStep {
        if let h = slicedHandle {
            slicedHandle = nil
            return try run(h, resuming: true)
        }
        while true {
            if !inIteration {
                if !beginIteration() { return .deadlock }
            }
            while todo > 0 {
                todo -= 1
                guard let h = ready.popFirst() else { break }
                if h.cancelled { continue }
                return try run(h, resuming: false)
            }
            if let outcome = endIteration() { return outcome }
            // An iteration that ran nothing (select() capped at a day, or only
            // cancelled handles) is a step of its own: a far-off timer must
            // not make one step() spin through millions of empty iterations.
            return .ran
        }
    }

    /// The bookkeeping half of `_run_once`. Returns false on deadlock.
    private func beginIteration() -> Bool {
        state.chargeSeconds(state.cost.iteration)
        let schedCount = scheduled.count
        if schedCount > minScheduledTimerHandles
            && Double(timerCancelledCount) / Double(schedCount) > minCancelledTimerHandlesFraction {
            var kept: [TimerHandle] = []
            for t in scheduled.items {
                if t.cancelled { t.scheduled = false } else { kept.append(t) }
            }
            scheduled.replace(with: kept)
            timerCancelledCount = 0
        } else {
            while let head = scheduled.first, head.cancelled {
                timerCancelledCount -= 1
                _ = scheduled.pop()
                head.scheduled = false
            }
        }

        var timeout: Double?
        if !ready.isEmpty || stopping {
            timeout = 0
        } else if let head = scheduled.first {
            if head.when - time > foreverHorizon { return false }
            timeout = min(max(0, head.when - time), maximumSelectTimeout)
        }
        guard let timeout else { return false }
        // The virtual select(): waiting `timeout` seconds is advancing the clock.
        if timeout > 0 {
            let from = state.clock
            state.clock = from + state.selectWait(timeout)
            state.emit(.clockAdvanced(from: from, to: state.clock))
        }

        let endTime = time + clockResolution
        // CPython stops at `when >= end_time`: a NaN `when` is due at once.
        while let head = scheduled.first, !(head.when >= endTime) {
            _ = scheduled.pop()
            head.scheduled = false
            ready.append(head)
            state.emit(.timerFired(timer: head.id))
        }

        iteration += 1
        todo = ready.count
        inIteration = true
        state.emit(.iterationBegan(iteration: iteration, ready: todo))
        return true
    }

    /// Ends the iteration; `.stopped` when `run_forever` must return.
    private func endIteration() -> LoopStep? {
        inIteration = false
        todo = 0
        state.emit(.iterationEnded(iteration: iteration))
        if stopping {
            endRunForever()
            return .stopped
        }
        return nil
    }

    private func run(_ h: Handle, resuming: Bool) throws -> LoopStep {
        let task = h.task
        if !resuming {
            handleStartClock = state.clock
            if state.wantsEvents {
                state.emit(.stepBegan(handle: h.id, task: task?.id, description: h.describe(interp)))
            }
            state.chargeSeconds(state.cost.callback)
        }
        currentHandle = h
        defer { currentHandle = nil }
        let result: HandleRunResult
        do {
            result = try h.run(interp)
            // The callback's frames are gone: close generators they freed
            // within this handle's step.
            if interp.hasPendingFinalizations { interp.runPendingFinalizations() }
            interp.flushNeverAwaitedWarnings()
        } catch {
            // SystemExit/KeyboardInterrupt escape run_forever; the iteration is abandoned.
            state.emit(.stepEnded(handle: h.id, task: task?.id, instructions: 0))
            inIteration = false
            todo = 0
            endRunForever()
            throw error
        }
        switch result {
        case .sliced(let instructions, let line):
            slicedHandle = h
            state.emit(.notYielded(task: task?.id, instructions: instructions, line: line))
            return .sliced
        case .finished(let instructions):
            state.emit(.stepEnded(handle: h.id, task: task?.id, instructions: instructions))
            if debug { warnIfSlow(h, took: state.clock - handleStartClock) }
            if todo == 0, let outcome = endIteration() { return outcome }
            return .ran
        }
    }

    /// True when no handle is mid-slice (used by inline driving).
    var hasSlicedHandle: Bool { slicedHandle != nil }

    // MARK: closing

    func close() throws {
        if isRunning { throw pyRuntimeError("Cannot close a running event loop") }
        if closed { return }
        if debug { interp.logLoopClose(self) }
        closed = true
        var waiting = ready.handles
        ready = ReadyQueue()
        scheduled = TimerHeap()
        interp.freeTasksDropped(with: &waiting)
    }

    func checkClosed() throws {
        if closed { throw pyRuntimeError("Event loop is closed") }
    }
}
