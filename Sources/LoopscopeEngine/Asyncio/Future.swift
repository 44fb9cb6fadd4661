// asyncio.Future (futures.py, 3.11; wording of the C `_asyncio` module, which
// is what CPython really runs). Done-callbacks are scheduled with call_soon in
// registration order when the future completes.
class Future: NativeAwaitableObject {
    enum State { case pending, cancelled, finished }

    // Stored properties are laid out in declaration order: the one-byte
    // fields follow a `Value` (17 bytes) to use its padding.
    /// Strong, as CPython's `_loop`: after `del loop` a pending task still
    /// reports through it at exit, and a failed future when it is freed.
    let loop: EventLoop
    var resultValue: Value = .none
    var state: State = .pending
    /// `_asyncio_future_blocking`: set by `__await__` before yielding self.
    var blocking = false
    /// `__log_traceback`: an exception was set and nobody retrieved it yet.
    var logTraceback = false
    /// This future's `id()` number (RuntimeState.objectID), 0 until first
    /// asked for. Kept here rather than in the runtime's weak table (a weak
    /// side table and a dictionary entry per object: `all_tasks()` hashes
    /// every live task); it fills the padding before `exception`, so Future
    /// and Task stay the same size.
    var objectIDNumber: UInt32 = 0
    var exception: PyException?
    var callbacks = FutureCallbacks.none

    /// What a task awaiting this future is waiting for, for people
    /// (`asyncio.sleep(2)`, `Queue.get()`); nil shows as `Future`.
    var label: String?

    /// The fields most futures never set, allocated on the first write that
    /// needs them: 48 bytes less in every Future and Task (100,000 live
    /// tasks each own two futures in bench/many_tasks.py).
    private var rare: FutureRareFields?
    private var rareFields: FutureRareFields {
        if let rare { return rare }
        let r = FutureRareFields()
        rare = r
        return r
    }

    var cancelMessage: Value {
        get { rare?.cancelMessage ?? .none }
        set { if rare != nil || !newValue.isNone { rareFields.cancelMessage = newValue } }
    }
    var cancelledExc: PyException? {
        get { rare?.cancelledExc }
        set { if rare != nil || newValue != nil { rareFields.cancelledExc = newValue } }
    }
    /// Tasks this future stands for (a gather's children), for events.
    var awaitedTasks: [TaskID] {
        get { rare?.awaitedTasks ?? [] }
        set { if rare != nil || !newValue.isEmpty { rareFields.awaitedTasks = newValue } }
    }
    /// The lock, event or queue this future waits on (its `syncCreated`
    /// number, 0: none), so a task awaiting it is reported as its waiter.
    var syncObject: Int {
        get { rare?.syncObject ?? 0 }
        set { if rare != nil || newValue != 0 { rareFields.syncObject = newValue } }
    }
    /// What completed it, for `taskWoken(by:)` (`timer`, `Task-3`).
    var completedBy: String? {
        get { rare?.completedBy }
        set { if rare != nil || newValue != nil { rareFields.completedBy = newValue } }
    }

    init(loop: EventLoop, label: String? = nil) {
        self.loop = loop
        self.label = label
    }

    override var pyType: PyType { AsyncioTypes.future }

    var isDone: Bool { state != .pending }
    var isCancelled: Bool { state == .cancelled }

    // MARK: completing

    func setResult(_ value: Value) throws {
        if state != .pending { throw pyInvalidState("invalid state") }
        resultValue = value
        state = .finished
        scheduleCallbacks()
    }

    func setException(_ exc: PyException) throws {
        if state != .pending { throw pyInvalidState("invalid state") }
        if exc.cls === BuiltinTypes.stopIteration {
            throw pyTypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        }
        exception = exc
        state = .finished
        scheduleCallbacks()
        logTraceback = true
        loop.state.unretrievedFailures.append(self)
    }

    /// `Future.cancel(msg)`; Task overrides it.
    @discardableResult
    func cancel(message: Value = .none) -> Bool {
        futureCancel(message: message)
    }

    /// Future.cancel proper (`super().cancel()` from Task).
    @discardableResult
    final func futureCancel(message: Value = .none) -> Bool {
        logTraceback = false
        if state != .pending { return false }
        state = .cancelled
        cancelMessage = message
        scheduleCallbacks()
        return true
    }

    private func scheduleCallbacks() {
        if callbacks.isEmpty { return }
        let cbs = callbacks
        callbacks = .none
        for cb in cbs { schedule(cb) }
    }

    private func schedule(_ cb: FutureCallback) {
        if case .wakeup(let task) = cb {
            loop.callSoon(.taskWakeup(task, self))
            if loop.state.wantsEvents {
                loop.state.emit(.taskWoken(task: task.id, by: wokenBy()))
            }
        } else {
            loop.callSoon(.doneCallback(cb, self))
        }
    }

    /// Why a task waiting on this future is woken, for people.
    private func wokenBy() -> String {
        if let t = self as? Task { return "\(t.name) done" }
        if isCancelled { return "cancel()" }
        if let completedBy { return completedBy }
        if loop.currentHandle is TimerHandle { return "timer" }
        if let t = loop.currentTask { return t.name }
        if let label { return "\(label) done" }
        return "callback"
    }

    // MARK: reading

    /// `_make_cancelled_error`.
    func makeCancelledError() -> PyException {
        if let exc = cancelledExc {
            cancelledExc = nil
            return exc
        }
        return newCancelledError(cancelMessage)
    }

    func result() throws -> Value {
        switch state {
        case .cancelled: throw PyError(makeCancelledError())
        case .pending: throw pyInvalidState("Result is not set.")
        case .finished:
            logTraceback = false
            if let exception { throw PyError(exception) }
            return resultValue
        }
    }

    func exceptionValue() throws -> PyException? {
        switch state {
        case .cancelled: throw PyError(makeCancelledError())
        case .pending: throw pyInvalidState("Exception is not set.")
        case .finished:
            logTraceback = false
            return exception
        }
    }

    func addDoneCallback(_ cb: FutureCallback) {
        if state != .pending {
            schedule(cb)
        } else {
            callbacks.append(cb)
        }
    }

    /// Removes native callbacks registered with `key`.
    @discardableResult
    func removeDoneCallback(key: Int) -> Int {
        callbacks.removeAll { if case .native(let cb) = $0 { return cb.key == key } else { return false } }
    }

    /// `remove_done_callback(fn)` from Python: removes every equal callback.
    func removeDoneCallback(_ interp: Interpreter, _ fn: Value) throws -> Int {
        let before = callbacks.count
        var kept: [FutureCallback] = []
        for cb in callbacks {
            if case .python(let box) = cb {
                let f = box.fn
                if f.isIdentical(to: fn) { continue }
                if case .object = f, try interp.equals(f, fn) { continue }
            }
            kept.append(cb)
        }
        callbacks = FutureCallbacks(kept)
        return before - kept.count
    }

    // MARK: awaiting

    /// `Future.__await__`: yield self while pending, then the result.
    override func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep {
        switch input {
        case nil:
            if !isDone {
                blocking = true
                return .suspend(.object(self))
            }
        case .send?:
            break
        case .throwing(let exc)?:
            throw PyError(exc)
        }
        if !isDone { throw pyRuntimeError("await wasn't used with future") }
        return .done(try result())
    }

    // MARK: repr

    func repr(_ interp: Interpreter) -> String {
        "<\(pyType.name) \(stateInfo(interp))>"
    }

    func stateText() -> String {
        switch state {
        case .pending: return "pending"
        case .cancelled: return "cancelled"
        case .finished: return "finished"
        }
    }

    /// `base_futures._future_repr_info`.
    func stateInfo(_ interp: Interpreter) -> String {
        ([stateText()] + outcomeInfo(interp)).joined(separator: " ")
    }

    /// The `result=`/`exception=` and `cb=[...]` parts Future and Task reprs share.
    func outcomeInfo(_ interp: Interpreter) -> [String] {
        var info: [String] = []
        if state == .finished {
            if let exception {
                info.append("exception=\(interp.describeException(exception))")
            } else {
                info.append("result=\(interp.describe(resultValue))")
            }
        }
        if !callbacks.isEmpty { info.append("cb=[\(formatCallbacks(interp))]") }
        return info
    }

    func formatCallbacks(_ interp: Interpreter) -> String {
        let names = callbacks.map { $0.describe(interp) + "()" + $0.sourceSuffix(interp) }
        if names.count <= 2 { return names.joined(separator: ", ") }
        return "\(names[0]), <\(names.count - 2) more>, \(names[names.count - 1])"
    }
}

/// See `Future.rare`.
final class FutureRareFields {
    var cancelMessage: Value = .none
    var cancelledExc: PyException?
    var awaitedTasks: [TaskID] = []
    var completedBy: String?
    var syncObject = 0
}

/// `futures._set_result_unless_cancelled`.
func setResultUnlessCancelled(_ fut: Future, _ value: Value) {
    if fut.isCancelled { return }
    try? fut.setResult(value)
}
