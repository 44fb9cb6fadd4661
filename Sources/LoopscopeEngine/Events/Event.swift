// The engine's one interface to the rest of Loopscope (TUI, lints, exporters).
// Everything outside the engine is computed from this stream, so every fact a
// view needs must be carried by an event rather than read from engine internals.
// The JSON Lines form of this schema is documented in docs/events.md; bump
// `EventSchema.version` whenever a case or field changes meaning.

public enum EventSchema {
    /// 2: `t` is modelled time; on the default CPU clock running code takes
    /// time, so a step's `stepBegan` and `stepEnded` times differ.
    public static let version = 2
}

/// Identifies a Task for the whole run (never reused). The main task of the
/// first `asyncio.run` is usually 1, matching CPython's `Task-1`, but names can
/// differ from ids (`create_task(name=...)`, `set_name`), so views use the name
/// carried by `taskCreated` / `taskRenamed`.
public typealias TaskID = Int

/// Identifies a Handle or TimerHandle scheduled on the loop (never reused).
public typealias HandleID = Int

public enum OutputStream: String, Sendable, Codable {
    case stdout, stderr
}

public struct Event: Sendable, Equatable {
    /// 0, 1, 2, ... in emission order, without gaps.
    public var seq: Int
    /// Virtual seconds since the start of the run.
    public var time: Double
    public var kind: EventKind

    public init(seq: Int, time: Double, kind: EventKind) {
        self.seq = seq
        self.time = time
        self.kind = kind
    }
}

public enum EventKind: Sendable, Equatable {
    /// The program started; `file` is the path or demo name shown to people.
    case runStarted(file: String)

    /// A task was created (`create_task`, `ensure_future`, `gather` wrapping a
    /// coroutine, `asyncio.run` making the main task...). `creator` is the task
    /// that was running when it was created (nil at module level); `line` is the
    /// creating source line (0 when unknown).
    case taskCreated(task: TaskID, name: String, coroutine: String, creator: TaskID?, line: Int)
    case taskRenamed(task: TaskID, name: String)
    /// The first arguments of a task's coroutine as short reprs (`2`,
    /// `'alice'`, `<Lock>` for objects), emitted right after `taskCreated`
    /// when it took any, so views can tell same-named tasks apart.
    case taskArgs(task: TaskID, args: [String])

    /// A callback was put at the back of the ready queue (`call_soon`, a Task's
    /// first step or wake-up, a timer becoming due). `task` is the task the
    /// handle will step, if any. `description` reads like CPython's handle repr,
    /// for people: `Task-2.__step()`, `print_later()`.
    case handleScheduled(handle: HandleID, task: TaskID?, description: String)
    case handleCancelled(handle: HandleID)

    /// A timer (`call_later`, `call_at`, `asyncio.sleep`) was pushed on the heap.
    case timerSet(timer: HandleID, due: Double, task: TaskID?, description: String)
    /// A due timer left the heap for the ready queue (its handle is `timer`).
    case timerFired(timer: HandleID)
    case timerCancelled(timer: HandleID)

    /// The virtual clock jumped because nothing was ready (`select` would wait).
    case clockAdvanced(from: Double, to: Double)

    /// One `_run_once` iteration: `ready` is how many handles it will run.
    case iterationBegan(iteration: Int, ready: Int)
    case iterationEnded(iteration: Int)

    /// One callback of the ready queue started / finished running. `task` is
    /// set when the callback is a Task step. `instructions` counts VM
    /// instructions executed by this callback.
    case stepBegan(handle: HandleID, task: TaskID?, description: String)
    case stepEnded(handle: HandleID, task: TaskID?, instructions: Int)

    /// The step's instruction budget ran out before the task yielded; the step
    /// continues on the next drive call. `instructions` is the running total.
    case notYielded(task: TaskID?, instructions: Int, line: Int)

    /// A task's step ended at an `await` on something pending. `awaiting` is
    /// for people (`asyncio.sleep(2)`, `gather(2 tasks)`, `Task-3`,
    /// `Queue.get()`, `Lock.acquire()`, `Event.wait()`, `Future`);
    /// `awaitedTasks` lists the tasks it waits on, if any.
    case taskSuspended(task: TaskID, line: Int, awaiting: String, awaitedTasks: [TaskID])
    /// A suspended task was made ready again; `by` says why (`timer`,
    /// `Task-3 done`, `Queue.put()`, `cancel()`...).
    case taskWoken(task: TaskID, by: String)

    case taskDone(task: TaskID, result: String)
    case taskFailed(task: TaskID, exception: String, line: Int)
    case taskCancelled(task: TaskID, line: Int)
    /// `task.cancel()` was requested (the CancelledError is thrown in later).
    case taskCancelRequested(task: TaskID, by: TaskID?)

    /// A callback ran for `duration` virtual seconds without yielding to the
    /// loop, e.g. `time.sleep(3)` inside a coroutine. `by` describes the call.
    case loopBlocked(task: TaskID?, by: String, duration: Double, line: Int)

    /// Text the program wrote. `task` is the task that wrote it (nil outside).
    case output(text: String, stream: OutputStream, task: TaskID?)

    /// A warning CPython would print, or an engine diagnostic
    /// (`RuntimeWarning: coroutine 'f' was never awaited`,
    /// `Task exception was never retrieved`). `category` is a stable token.
    case warning(category: String, message: String, task: TaskID?, line: Int)

    /// An event loop was created / closed by `asyncio.run`.
    case loopStarted
    case loopClosed

    /// Nothing is ready, no timer is pending, yet tasks wait: the program can
    /// never continue. `stuck` names each waiting task and its line.
    case deadlock(stuck: [StuckTask])

    /// A Lock, Semaphore, BoundedSemaphore, Condition, Event or Queue was
    /// made at `line`; `object` names it in `syncChanged` for the whole run.
    case syncCreated(object: Int, kind: String, line: Int)
    /// `task` acquired or released a lock/semaphore, or started waiting on
    /// one of these objects (its await ends when the task next runs).
    case syncChanged(object: Int, op: SyncOp, task: TaskID?)

    /// The program ended. `exitCode` is CPython's.
    case runFinished(exitCode: Int)
}

/// What happened to a synchronisation object (`syncChanged`).
public enum SyncOp: String, Sendable, Equatable {
    case acquired, released, waiting
}

public struct StuckTask: Sendable, Equatable, Codable {
    public var task: TaskID
    public var name: String
    public var line: Int
    public var awaiting: String

    public init(task: TaskID, name: String, line: Int, awaiting: String) {
        self.task = task
        self.name = name
        self.line = line
        self.awaiting = awaiting
    }
}
