// Per-run asyncio state hung off the Interpreter: the virtual clock, the id
// and name counters, the running loop and task, and the event sink the Engine
// installs. One instance per Engine, so runs never share anything.
public final class AsyncioState {
    public init() {}

    /// Virtual seconds since the run started, settled up to now: `select`
    /// (the loop waiting for a timer), `time.sleep` and, in CPU mode,
    /// running code move it (VirtualClock.swift).
    public internal(set) var clock: Double {
        get { vm?.settleClock(); return settledClock }
        set { vm?.settleClock(); settledClock = newValue }
    }
    /// The clock as of the last settle.
    var settledClock: Double = 0
    /// How running code is charged; frozen unless the Engine asks for CPU time.
    public internal(set) var clockMode: ClockMode = .frozen {
        didSet { cost = CostModel(clockMode) }
    }
    var cost = CostModel.frozen
    /// `Interpreter.instructionCount` at the last settle.
    var settledInstructions = 0
    /// Native work not yet charged, in instruction-equivalents.
    var pendingWork = 0
    /// The interpreter whose instructions are counted (it owns this state).
    unowned(unsafe) var vm: Interpreter?

    /// Where events go; nil when nobody listens (events are then not even built).
    public var sink: ((EventKind) -> Void)?

    /// The most VM instructions one resume of a task's coroutine may execute.
    public var instructionBudget: Int = 200_000

    /// CPython's global `_task_name_counter` (Task-1, Task-2, ...).
    var taskNameCounter = 0
    var nextTaskID = 1
    var nextHandleID = 1

    /// The loop `asyncio.run` / `run_until_complete` is running (CPython's
    /// `_get_running_loop()`). The current loop outside it is the policy's
    /// (the prelude's `get_event_loop_policy()`).
    var runningLoop: EventLoop?
    /// `sys.get_coroutine_origin_tracking_depth()`: a loop in debug mode
    /// sets it while it runs (`EventLoop.setOriginTracking`).
    var originTrackingDepth = 0

    /// Pending tasks by id (`all_tasks()`); done tasks are removed.
    var pendingTasks = PendingTasks()
    /// Failed futures whose exception may never be retrieved, checked at the end.
    var unretrievedFailures: [Future] = []
    /// Callbacks since `unretrievedFailures` was last scanned (NeverRetrieved.swift).
    var failureScanSkipped = 0
    /// Coroutines released unawaited, not yet warned about (Warnings.swift);
    /// `neverAwaitedHeld` (kept alive by an exception) and
    /// `neverAwaitedInCycles` (freed by CPython's cyclic collector) wait for
    /// the end of the run.
    var neverAwaited: [NeverAwaitedCoroutine] = []
    var neverAwaitedHeld: [NeverAwaitedCoroutine] = []
    var neverAwaitedInCycles: [NeverAwaitedCoroutine] = []
    /// A line of CPython's asyncio code dropping references right now, and
    /// the Python frame that was running when it began (ReleaseSites.swift).
    var releaseSite: ReleaseSite?
    var releaseSiteFrame: ObjectIdentifier?
    /// A callback's result on its way to being dropped at `Handle._run`.
    var droppedResult: Value = .none

    /// Set while `to_thread` work runs: `time.sleep` adds here instead of
    /// blocking the loop.
    var threadClock: Double?

    /// Numbers of the locks, events and queues made so far (`syncCreated`),
    /// by object; only filled while events are wanted. Not retained: a
    /// recycled address is renumbered by its own `created`.
    var syncObjects: [ObjectIdentifier: Int] = [:]
    /// Queue's native methods and what they check (NativeQueue.swift).
    var queueNatives: QueueNatives?
    /// Lock and Semaphore's native methods (NativeLocks.swift).
    var lockNatives: LockNatives?
    /// Event's native methods (EventWait.swift).
    var eventNatives: EventNatives?
    /// `async with`'s method lookups by class (Interpreter+AsyncWith.swift).
    let asyncWithMethods = AsyncWithMethods()
    /// The native `TaskGroup._on_task_done`, to tell a subclass's own.
    var taskGroupDone: PyObject?

    /// Compiled on first use by `Interpreter.asyncGenHelper`.
    var asyncGenHelpers: PyModule?
    var module: PyModule?
    var prelude: PyModule?

    @inline(__always)
    func emit(_ kind: @autoclosure () -> EventKind) {
        if let sink { sink(kind()) }
    }

    var wantsEvents: Bool { sink != nil }

    func allocateHandleID() -> HandleID {
        defer { nextHandleID += 1 }
        return nextHandleID
    }

    func allocateTaskID() -> TaskID {
        defer { nextTaskID += 1 }
        return nextTaskID
    }

    func nextTaskName() -> String {
        taskNameCounter += 1
        return "Task-\(taskNameCounter)"
    }

    /// The task whose step is running right now (`current_task()`).
    var currentTask: Task? { runningLoop?.currentTask }
}
