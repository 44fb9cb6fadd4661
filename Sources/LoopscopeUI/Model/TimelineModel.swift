import LoopscopeAnalysis
import LoopscopeEngine

/// The run as the UI sees it: indexed state updated once per event (O(1)
/// amortised), so drawing a frame never replays history.
public struct TimelineModel: Sendable {
    public struct OutputLine: Sendable, Equatable {
        public var text: String
        public var task: TaskID?
        public var stream: OutputStream
    }

    /// A period when one callback held the loop without yielding.
    public struct Blocked: Sendable, Equatable {
        public var task: TaskID?
        public var by: String
        public var line: Int
        public var startTime: Double
        public var endTime: Double
        public var step: Int

        init(_ b: SlowStep.Block) {
            self.init(task: b.task, by: b.by, line: b.line, startTime: b.startTime, endTime: b.endTime, step: b.step)
        }

        init(task: TaskID?, by: String, line: Int, startTime: Double, endTime: Double, step: Int) {
            self.task = task
            self.by = by
            self.line = line
            self.startTime = startTime
            self.endTime = endTime
            self.step = step
        }
    }

    /// What the loop lane shows: the loop runs a callback, or waits in
    /// `select` for the next timer (the clock jumps).
    public enum LoopActivity: Sendable, Equatable { case idle, running, waiting }
    public struct LoopRun: Sendable, Equatable {
        public var startTime: Double
        public var startStep: Int
        public var activity: LoopActivity
    }

    public struct Warning: Sendable, Equatable {
        public var time: Double
        public var step: Int
        public var task: TaskID?
        public var line: Int
        public var message: String
    }

    public struct RunningHandle: Sendable, Equatable {
        public var handle: HandleID
        public var task: TaskID?
        public var description: String
    }

    public private(set) var file = ""
    public internal(set) var tasks: [TaskTrack] = []
    var taskIndex: [TaskID: Int] = [:]
    public internal(set) var loopRuns: [LoopRun] = []
    public internal(set) var blocked: [Blocked] = []
    /// The running step, to block the loop lane once it has run 0.1 s.
    private var slowStep = SlowStep()
    /// Blocked intervals the budget dropped: `slowStep` counts from the run's first.
    var blockedDropped = 0
    public private(set) var readyQueue = ReadyQueue()
    public private(set) var timers: [HandleID: PendingTimer] = [:]
    public private(set) var running: RunningHandle?
    public private(set) var iteration = 0
    public internal(set) var output: [OutputLine] = []
    private var outputLineOpen = false
    public internal(set) var warnings: [Warning] = []
    /// Per task, where its warnings happened (time, step), in order: marks on its lane.
    public internal(set) var warningMarks: [TaskID: [(time: Double, step: Int)]] = [:]
    var notYieldedWarning: [TaskID: Int] = [:]
    private var lintOwnedNotYielded: Set<TaskID> = []
    public private(set) var recent = EventRing(capacity: 200)
    /// Source lines where tasks are suspended now, with how many.
    public private(set) var suspendedLines: [Int: Int] = [:]
    /// The line the program is at, as far as the events tell (0: unknown).
    public private(set) var currentLine = 0
    /// The line of an uncaught error or syntax error, from the traceback.
    public private(set) var errorLine = 0
    public private(set) var now: Double = 0
    /// Steps begun so far (one per callback of the ready queue).
    public private(set) var stepCount = 0
    public private(set) var eventCount = 0
    public private(set) var loopActive = false
    public private(set) var exitCode: Int?
    public private(set) var deadlock: [StuckTask] = []
    /// Counts runs inspected while drawing (tests assert it stays bounded).
    public var visitedRuns = 0
    /// Locks and waiters, timers in firing order, resume lines (TeachingState.swift).
    public internal(set) var teaching = TeachingState()
    /// The program's lines, to name locks as the source does (set by the session).
    public var sourceLines: [String] = []

    /// State changes (lane and loop-lane runs, blocked bands, output lines,
    /// warnings) kept before the oldest are forgotten (TimelineModel+Budget.swift).
    public var historyBudget = TimelineModel.defaultHistoryBudget
    /// The first step still drawn: history before it went to keep the budget.
    public internal(set) var forgottenBefore: (step: Int, time: Double)?

    public init() {}

    /// The step still running at `time` (the playhead inside a step that is
    /// being animated), once it has held the loop for the slow-callback time.
    public func ongoingBlock(at time: Double) -> Blocked? {
        guard running != nil else { return nil }
        return slowStep.ongoing(at: time).map(Blocked.init)
    }

    public var isFinished: Bool { exitCode != nil }

    public func task(_ id: TaskID) -> TaskTrack? {
        taskIndex[id].map { tasks[$0] }
    }

    public func taskName(_ id: TaskID?) -> String {
        guard let id else { return "module" }
        return task(id)?.name ?? "Task#\(id)"
    }

    /// The earliest pending timer's due time (kept current per event).
    public private(set) var nextTimerDue: Double?
    private var timerHeap = TimerHeap()

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

    /// Lints from the analysis layer join the engine's own warnings.
    public mutating func addLints(_ lints: [Lint]) {
        for l in lints {
            // A not-yielding lint takes over the live warning for that task (one line, with the fix).
            if l.kind == .notYielding, let task = l.task, let wi = notYieldedWarning[task] {
                warnings[wi].message = l.message
                lintOwnedNotYielded.insert(task)
                continue
            }
            if l.kind == .notYielding, let task = l.task {
                notYieldedWarning[task] = warnings.count
                lintOwnedNotYielded.insert(task)
            }
            addWarning(Warning(time: l.time, step: l.step, task: l.task, line: l.line, message: l.message))
        }
    }

    // MARK: - Folding one event

    public mutating func apply(_ e: Event) {
        defer { if eventCount & 1023 == 0 { keepWithinBudget() } }
        now = e.time
        eventCount += 1
        recent.append(e)
        applyTeaching(e)
        switch e.kind {
        case .runStarted(let f):
            file = f
        case .taskCreated(let task, let name, let coroutine, let creator, let line):
            // asyncio.run's own shutdown tasks are loop work, not the program's:
            // their steps show on the loop lane only.
            guard taskIndex[task] == nil, !coroutine.hasPrefix("BaseEventLoop.") else { break }
            taskIndex[task] = tasks.count
            var track = TaskTrack(id: task, name: name, coroutine: coroutine, creator: creator,
                                  createdLine: line, createdTime: e.time, createdStep: stepCount)
            track.runs.append(StateRun(startSeq: e.seq, startTime: e.time, startStep: stepCount, state: .ready))
            tasks.append(track)
            if line > 0 { currentLine = line }
        case .taskRenamed(let task, let name):
            if let i = taskIndex[task] { tasks[i].name = name }
        case .handleScheduled(let handle, let task, let description):
            readyQueue.append(.init(handle: handle, task: task, description: description, seq: e.seq))
            if let task { becomeReady(task, e) }
        case .handleCancelled(let handle):
            readyQueue.remove(handle)
        case .timerSet(let timer, let due, let task, let description):
            timers[timer] = PendingTimer(timer: timer, due: due, task: task, description: description, seq: e.seq)
            timerHeap.push(due, timer)
            refreshNextTimer()
        case .timerFired(let timer):
            if let t = timers.removeValue(forKey: timer) {
                readyQueue.append(.init(handle: timer, task: t.task, description: t.description, seq: e.seq))
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
        case .iterationEnded:
            break
        case .stepBegan(let handle, let task, let description):
            readyQueue.remove(handle)
            running = RunningHandle(handle: handle, task: task, description: description)
            slowStep.began(task: task, time: e.time, step: stepCount, blockedCount: blockedDropped + blocked.count)
            stepCount += 1
            setLoop(.running, e, step: stepCount - 1)
            if let task, let i = taskIndex[task] {
                tasks[i].afterStep = nil
                transition(i, to: .running, e, step: stepCount - 1)
            }
        case .stepEnded(_, let task, _):
            running = nil
            if let b = slowStep.ended(time: e.time) {
                blocked.removeSubrange(min(max(b.replacingFrom - blockedDropped, 0), blocked.count)...)
                blocked.append(Blocked(b))
            }
            setLoop(.idle, e)
            if let task, let i = taskIndex[task] {
                tasks[i].notYielded = nil
                if tasks[i].state.isRunningLike {
                    transition(i, to: tasks[i].afterStep ?? fallbackAfterStep(task), e)
                }
                tasks[i].afterStep = nil
            }
        case .notYielded(let task, let instructions, let line):
            if line > 0 { currentLine = line }
            if let task, let i = taskIndex[task] {
                tasks[i].notYielded = (instructions, line)
                let message = "\(tasks[i].name) has not yielded for \(instructions) instructions (line \(line))"
                let w = Warning(time: e.time, step: max(stepCount - 1, 0), task: task, line: line, message: message)
                if let wi = notYieldedWarning[task] {
                    if !lintOwnedNotYielded.contains(task) { warnings[wi] = w }
                } else {
                    notYieldedWarning[task] = warnings.count
                    addWarning(w)
                }
            }
        case .taskSuspended(let task, let line, let awaiting, let awaitedTasks):
            if line > 0 { currentLine = line }
            slowStep.sawSuspension(task: task, line: line)
            if let i = taskIndex[task] {
                tasks[i].awaitedTasks = awaitedTasks
                setAfterStep(i, .suspended(awaiting: awaiting, line: line), e)
            }
        case .taskWoken(let task, _):
            becomeReady(task, e)
        case .taskDone(let task, let result):
            end(task, .done(result: result), e)
        case .taskFailed(let task, let exception, let line):
            if line > 0 { currentLine = line }
            end(task, .failed(exception: exception), e)
        case .taskCancelled(let task, _):
            end(task, .cancelled, e)
        case .taskCancelRequested(let task, _):
            if let i = taskIndex[task] { tasks[i].cancelRequested = true }
        case .loopBlocked(let task, let by, let duration, let line):
            if line > 0 { currentLine = line }
            slowStep.sawBlockingCall(by: by, line: line)
            blocked.append(Blocked(task: task, by: by, line: line, startTime: e.time - duration,
                                   endTime: e.time, step: max(stepCount - 1, 0)))
            if let task, let i = taskIndex[task], tasks[i].state.isRunningLike, !tasks[i].runs.isEmpty {
                tasks[i].runs[tasks[i].runs.count - 1].state = .blocking(by: by, line: line)
            }
        case .output(let text, let stream, let task):
            appendOutput(text, stream: stream, task: task)
        case .warning(_, let message, let task, let line):
            addWarning(Warning(time: e.time, step: max(stepCount - 1, 0), task: task, line: line, message: message))
        case .loopStarted:
            loopActive = true
        case .loopClosed:
            loopActive = false
        case .deadlock(let stuck):
            deadlock = stuck
            let names = stuck.map { "\($0.name) (line \($0.line), awaiting \($0.awaiting))" }
            let cycle = deadlockSentence(sourceLines: sourceLines).map { ": " + $0 } ?? ""
            addWarning(Warning(time: e.time, step: stepCount, task: nil, line: stuck.first?.line ?? 0,
                                    message: "deadlock: nothing can run, yet " + names.joined(separator: ", ") + " wait" + cycle))
        case .runFinished(let code):
            exitCode = code
            running = nil
        case .taskArgs, .syncCreated, .syncChanged:
            break  // TeachingState
        }
    }

    private mutating func addWarning(_ w: Warning) {
        warnings.append(w)
        if let task = w.task { warningMarks[task, default: []].append((w.time, w.step)) }
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
        readyQueue.prefix(Int.max).contains { $0.task == task } ? .ready : .suspended(awaiting: "?", line: 0)
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

    private mutating func appendOutput(_ text: String, stream: OutputStream, task: TaskID?) {
        var pieces = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let endsWithNewline = text.hasSuffix("\n")
        if endsWithNewline { pieces.removeLast() }
        for (k, piece) in pieces.enumerated() {
            if k == 0, outputLineOpen, let last = output.last, last.stream == stream {
                output[output.count - 1].text += piece
            } else {
                output.append(OutputLine(text: piece, task: task, stream: stream))
            }
        }
        outputLineOpen = !endsWithNewline && !pieces.isEmpty
        if stream == .stderr {
            // `File "x.py", line 3` in a traceback: mark the line in the source panel.
            for piece in pieces {
                if let r = piece.range(of: ", line ") {
                    let digits = piece[r.upperBound...].prefix { $0.isNumber }
                    if let n = Int(digits) { errorLine = n }
                }
            }
        }
    }
}
