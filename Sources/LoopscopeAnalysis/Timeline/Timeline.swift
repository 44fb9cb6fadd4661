import LoopscopeEngine

/// The run folded into lanes: the one timeline model. The TUI draws its
/// frames from it (`TimelineModel` adds the panels), and the exports
/// (`RunHistory`: `--trace`, `--svg`, `--timeline`, `e`) are read off it, so
/// a screen and an export of the same recording tell the same story.
///
/// Indexed state updated once per event (O(1) amortised): nothing here is
/// found by replaying history. Bounded by `historyBudget`
/// (Timeline+Budget.swift): the oldest half of the history is forgotten.
///
/// The rules, where the two old folds disagreed:
/// - `asyncio.run`'s own shutdown tasks (`BaseEventLoop.shutdown_asyncgens`,
///   `shutdown_default_executor`) get no lane: they are real tasks in
///   CPython, but the loop's work, not the program's; their steps are loop
///   callbacks.
/// - A task's lane is `running` until its step ends, and its end (done,
///   failed, cancelled) starts there: CPython marks the future done inside
///   the step, but the step still holds the loop until it returns.
/// - A step that ends without saying what its task does next leaves it
///   `ready` if its handle is queued, else `awaiting ?` (something the
///   events did not name), never a gap that looks like the task vanished.
/// - Two state changes at one event keep the last (no zero-length stretch).
/// - The ready queue holds what will run: scheduled handles and fired
///   timers, minus the ones run or cancelled.
public struct Timeline: Sendable {
    /// What the loop lane shows: the loop runs a callback, or waits in
    /// `select` for the next timer (the clock jumps).
    public enum LoopActivity: Sendable, Equatable { case idle, running, waiting }
    public struct LoopRun: Sendable, Equatable {
        public var startTime: Double
        public var startStep: Int
        public var activity: LoopActivity
    }

    public struct RunningHandle: Sendable, Equatable {
        public var handle: HandleID
        public var task: TaskID?
        public var description: String
    }

    /// About 100 bytes an item (a run with its state), so ~30 MB of history
    /// however long the program runs. `--history N` changes it.
    public static let defaultHistoryBudget = 250_000
    /// Marks keep this many characters of a printed text: the trace shows
    /// it as a slice name, and a program may print megabytes.
    static let markTextLimit = 200

    public internal(set) var file = ""
    public internal(set) var tasks: [TaskTrack] = []
    var taskIndex: [TaskID: Int] = [:]
    public internal(set) var loopRuns: [LoopRun] = []
    public internal(set) var blocked: [BlockedInterval] = []
    /// The running step, to block the loop lane once it has run 0.1 s.
    var slowStep = SlowStep()
    /// Blocked intervals the budget dropped: `slowStep` counts from the run's first.
    var blockedDropped = 0
    /// Steps that ran no lane's task (timers, `call_soon`, done callbacks,
    /// the shutdown tasks), for the exports' loop lane.
    public internal(set) var callbacks: [LoopCallback] = []
    var openCallback: LoopCallback?
    /// Output, warnings, long steps and deadlocks, where they happened.
    public internal(set) var marks: [RunMark] = []
    /// (time, step, length) each time the ready queue's length changed.
    var readyQueueSamples: [(time: Double, step: Int, length: Int)] = []
    /// (time, length) each time the ready queue's length changed.
    public var readyQueueLength: [(time: Double, length: Int)] { readyQueueSamples.map { ($0.time, $0.length) } }
    public internal(set) var readyQueue = ReadyQueue()
    public internal(set) var timers: [HandleID: PendingTimer] = [:]
    var timerHeap = TimerHeap()
    /// The earliest pending timer's due time (kept current per event).
    public internal(set) var nextTimerDue: Double?
    public internal(set) var running: RunningHandle?
    /// The step that began last, running or ended (the lints name it).
    public internal(set) var lastStep: RunningHandle?
    /// The step that just ended, if it held the loop for the slow-callback
    /// time (nil after a quick step): what the loop lane's band shows.
    public internal(set) var lastSlowStep: SlowStep.Block?
    public internal(set) var iteration = 0
    /// Source lines where tasks are suspended now, with how many.
    public internal(set) var suspendedLines: [Int: Int] = [:]
    public internal(set) var now: Double = 0
    /// Steps begun so far (one per callback of the ready queue).
    public internal(set) var stepCount = 0
    public internal(set) var exitCode: Int?
    /// asyncio.run's shutdown tasks (no lane; their steps are loop callbacks).
    var loopInternalTasks: [TaskID: TaskIdentity] = [:]
    /// Tasks whose lanes the history budget dropped: who they were, for
    /// warnings that name them later (`Task exception was never retrieved`).
    var forgottenTasks: [TaskID: TaskIdentity] = [:]
    /// Between `asyncio.run`'s loop start and its close.
    public internal(set) var loopRunning = false
    /// The first task created in the running loop: `asyncio.run`'s main.
    public internal(set) var mainTask: TaskID?

    /// State changes kept before the oldest are forgotten.
    public var historyBudget: Int
    /// The first step still kept: history before it went to keep the budget.
    public internal(set) var forgottenBefore: (step: Int, time: Double)?

    public init(historyBudget: Int = Timeline.defaultHistoryBudget) {
        self.historyBudget = historyBudget
    }

    public func task(_ id: TaskID) -> TaskTrack? {
        taskIndex[id].map { tasks[$0] }
    }

    /// The step still running at `time` (the playhead inside a step that is
    /// being animated), once it has held the loop for the slow-callback time.
    public func ongoingBlock(at time: Double) -> BlockedInterval? {
        guard running != nil else { return nil }
        return slowStep.ongoing(at: time).map(BlockedInterval.init)
    }

    // MARK: - Folding one event

    public mutating func apply(_ e: Event) {
        now = e.time
        switch e.kind {
        case .runStarted(let f):
            file = f
        case .taskCreated(let task, let name, let coroutine, let creator, let line):
            if mainTask == nil && loopRunning { mainTask = task }
            guard taskIndex[task] == nil else { break }
            if coroutine.hasPrefix("BaseEventLoop.") {
                loopInternalTasks[task] = TaskIdentity(name: name, coroutine: coroutine, createdLine: line)
                break
            }
            taskIndex[task] = tasks.count
            var track = TaskTrack(id: task, name: name, coroutine: coroutine, creator: creator,
                                  createdLine: line, createdTime: e.time, createdStep: stepCount)
            track.runs.append(StateRun(startSeq: e.seq, startTime: e.time, startStep: stepCount, state: .ready))
            tasks.append(track)
        case .taskRenamed(let task, let name):
            if let i = taskIndex[task] { tasks[i].name = name }
            loopInternalTasks[task]?.name = name
        case .handleScheduled(let handle, let task, let description):
            enqueue(.init(handle: handle, task: task, description: description, seq: e.seq))
            if let task { becomeReady(task, e) }
        case .handleCancelled(let handle):
            dequeue(handle)
        case .timerSet(let timer, let due, let task, let description):
            timers[timer] = PendingTimer(timer: timer, due: due, task: task, description: description, seq: e.seq)
            timerHeap.push(due, timer)
            refreshNextTimer()
        case .timerFired(let timer):
            if let t = timers.removeValue(forKey: timer) {
                enqueue(.init(handle: timer, task: t.task, description: t.description, seq: e.seq))
            }
            refreshNextTimer()
        case .timerCancelled(let timer):
            timers[timer] = nil
            refreshNextTimer()
        case .clockAdvanced:
            // The loop has been waiting in `select` since its last step ended.
            if let last = loopRuns.last, last.activity == .idle {
                loopRuns[loopRuns.count - 1].activity = .waiting
            } else {
                setLoop(.waiting, e)
            }
        case .iterationBegan(let iteration, _):
            self.iteration = iteration
        case .stepBegan(let handle, let task, let description):
            stepBegan(handle, task, description, e)
        case .stepEnded(_, let task, _):
            stepEnded(task, e)
        case .notYielded(let task, let instructions, let line):
            if let task, let i = taskIndex[task] { tasks[i].notYielded = (instructions, line) }
            addMark(.notYielded, e, task: task, text: "has not yielded for \(instructions) instructions (line \(line))")
        case .taskSuspended(let task, let line, let awaiting, let awaitedTasks):
            slowStep.sawSuspension(task: task, line: line)
            if let i = taskIndex[task] {
                tasks[i].awaitedTasks = awaitedTasks
                setAfterStep(i, .suspended(awaiting: awaiting, line: line), e)
            }
        case .taskWoken(let task, _):
            becomeReady(task, e)
        case .taskDone(let task, let result):
            end(task, .done(result: result), e)
        case .taskFailed(let task, let exception, _):
            end(task, .failed(exception: exception), e)
        case .taskCancelled(let task, _):
            end(task, .cancelled, e)
        case .taskCancelRequested(let task, _):
            if let i = taskIndex[task] { tasks[i].cancelRequested = true }
        case .loopBlocked(let task, let by, let duration, let line):
            slowStep.sawBlockingCall(by: by, line: line)
            blocked.append(BlockedInterval(task: task, by: by, line: line, startTime: e.time - duration,
                                           endTime: e.time, step: max(stepCount - 1, 0)))
            if let task, let i = taskIndex[task], tasks[i].state.isRunningLike, !tasks[i].runs.isEmpty {
                tasks[i].runs[tasks[i].runs.count - 1].state = .blocking(by: by, line: line)
            }
        case .output(let text, _, let task):
            let shown = text.count > Self.markTextLimit ? String(text.prefix(Self.markTextLimit)) + "…" : text
            addMark(.output, e, task: task, text: shown)
        case .warning(_, let message, let task, _):
            addMark(.warning, e, task: task, text: message)
        case .deadlock(let stuck):
            let names = stuck.map { "\($0.name) at line \($0.line) awaiting \($0.awaiting)" }
            marks.append(RunMark(kind: .deadlock, time: e.time, step: stepCount, task: nil,
                                 text: "deadlock: " + names.joined(separator: "; ")))
        case .runFinished(let code):
            exitCode = code
            running = nil
        case .loopStarted:
            loopRunning = true
            mainTask = nil
        case .loopClosed:
            loopRunning = false
        case .iterationEnded, .taskArgs, .syncCreated, .syncChanged:
            break
        }
    }

    private mutating func stepBegan(_ handle: HandleID, _ task: TaskID?, _ description: String, _ e: Event) {
        dequeue(handle)
        running = RunningHandle(handle: handle, task: task, description: description)
        lastStep = running
        slowStep.began(task: task, time: e.time, step: stepCount, blockedCount: blockedDropped + blocked.count)
        let step = stepCount
        stepCount += 1
        setLoop(.running, e, step: step)
        if let task, let i = taskIndex[task] {
            tasks[i].afterStep = nil
            transition(i, to: .running, e, step: step)
        } else {
            openCallback = LoopCallback(description: description, startTime: e.time, endTime: e.time, step: step)
        }
    }

    private mutating func stepEnded(_ task: TaskID?, _ e: Event) {
        running = nil
        lastSlowStep = slowStep.ended(time: e.time)
        if let b = lastSlowStep {
            blocked.removeSubrange(min(max(b.replacingFrom - blockedDropped, 0), blocked.count)...)
            blocked.append(BlockedInterval(b))
        }
        if var callback = openCallback {
            callback.endTime = e.time
            callbacks.append(callback)
            openCallback = nil
        }
        setLoop(.idle, e)
        if let task, let i = taskIndex[task] {
            tasks[i].notYielded = nil
            if tasks[i].state.isRunningLike {
                transition(i, to: tasks[i].afterStep ?? fallbackAfterStep(task), e)
            }
            tasks[i].afterStep = nil
        }
    }

    private mutating func addMark(_ kind: RunMark.Kind, _ e: Event, task: TaskID?, text: String) {
        marks.append(RunMark(kind: kind, time: e.time, step: max(stepCount - 1, 0), task: task, text: text))
    }

    // MARK: - Transitions

    private mutating func becomeReady(_ task: TaskID, _ e: Event) {
        guard let i = taskIndex[task] else { return }
        if tasks[i].state.isRunningLike {
            // Rescheduled from inside its own step (`sleep(0)`): ready once the step ends.
            if tasks[i].afterStep == nil || tasks[i].afterStep?.isEnded == false { tasks[i].afterStep = .ready }
        } else if tasks[i].state != .ready, !tasks[i].state.isEnded {
            transition(i, to: .ready, e)
        }
    }

    private mutating func setAfterStep(_ i: Int, _ state: TaskState, _ e: Event) {
        if tasks[i].state.isRunningLike {
            tasks[i].afterStep = state
        } else if !tasks[i].state.isEnded {
            transition(i, to: state, e)
        }
    }

    private mutating func end(_ task: TaskID, _ state: TaskState, _ e: Event) {
        loopInternalTasks[task]?.outcome = state
        guard let i = taskIndex[task] else { return }
        tasks[i].notYielded = nil
        tasks[i].awaitedTasks = []
        if tasks[i].state.isRunningLike {
            tasks[i].afterStep = state
        } else {
            transition(i, to: state, e)
        }
    }

    /// A step ended without saying what the task does next: it is queued if
    /// its handle is, otherwise it waits on something the events did not name.
    private func fallbackAfterStep(_ task: TaskID) -> TaskState {
        readyQueue.contains(task: task) ? .ready : .suspended(awaiting: "?", line: 0)
    }

    private mutating func transition(_ i: Int, to state: TaskState, _ e: Event, step: Int? = nil) {
        let old = tasks[i].state
        if case .suspended(_, let line) = old { unmark(line) }
        if case .suspended(_, let line) = state, line > 0 { suspendedLines[line, default: 0] += 1 }
        let run = StateRun(startSeq: e.seq, startTime: e.time, startStep: step ?? stepCount, state: state)
        if let last = tasks[i].runs.last, last.startSeq == e.seq, last.startStep == run.startStep {
            tasks[i].runs[tasks[i].runs.count - 1] = run  // two changes at one event: keep the last
        } else {
            tasks[i].runs.append(run)
        }
    }

    private mutating func unmark(_ line: Int) {
        guard let n = suspendedLines[line] else { return }
        suspendedLines[line] = n > 1 ? n - 1 : nil
    }

    private mutating func setLoop(_ activity: LoopActivity, _ e: Event, step: Int? = nil) {
        if loopRuns.last?.activity == activity { return }
        loopRuns.append(LoopRun(startTime: e.time, startStep: step ?? stepCount, activity: activity))
    }

    private mutating func enqueue(_ entry: ReadyQueue.Entry) {
        let before = readyQueue.count
        readyQueue.append(entry)
        if readyQueue.count != before { readyQueueSamples.append((now, stepCount, readyQueue.count)) }
    }

    private mutating func dequeue(_ handle: HandleID) {
        let before = readyQueue.count
        readyQueue.remove(handle)
        if readyQueue.count != before { readyQueueSamples.append((now, stepCount, readyQueue.count)) }
    }

    private mutating func refreshNextTimer() {
        let timers = self.timers
        nextTimerDue = timerHeap.top { id, due in timers[id]?.due == due }
    }

    /// The first `limit` timers by due time (selection, not a full sort).
    public func earliestTimers(_ limit: Int) -> [PendingTimer] {
        var best: [PendingTimer] = []
        for t in timers.values {
            if best.count < limit {
                best.append(t)
                best.sort { ($0.due, $0.timer) < ($1.due, $1.timer) }
            } else if let last = best.last, (t.due, t.timer) < (last.due, last.timer) {
                best[best.count - 1] = t
                best.sort { ($0.due, $0.timer) < ($1.due, $1.timer) }
            }
        }
        return best
    }
}

extension BlockedInterval {
    init(_ b: SlowStep.Block) {
        self.init(task: b.task, by: b.by, line: b.line, startTime: b.startTime, endTime: b.endTime, step: b.step)
    }
}
