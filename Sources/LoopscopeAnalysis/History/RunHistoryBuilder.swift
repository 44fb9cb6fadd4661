import LoopscopeEngine

/// Folds events into lanes. A task's state changes at the events that move
/// it in CPython's loop: scheduled → ready, step begins → running, step ends
/// after a suspension → awaiting, woken → ready, done/failed/cancelled → ended.
///
/// Fed one event at a time, so a run never has to keep its events. Within a
/// budget: once the history holds `budget` items (lanes, spans, callbacks,
/// blocks, marks, ready-queue samples) it freezes, and the exports show the
/// run up to that moment (`RunHistory.truncated`).
public struct RunHistoryBuilder {
    /// What `loopscope run --trace/--svg/--timeline` keep (about 100 bytes
    /// each, so ~20 MB however long the program runs).
    public static let defaultBudget = 200_000
    /// Marks keep this many characters of a printed text: the trace shows
    /// it as a slice name, and a program may print megabytes.
    static let markTextLimit = 200

    private let budget: Int
    private var items = 0
    private var frozen = false
    private var lanes: [TaskLane] = []
    private var laneIndex: [TaskID: Int] = [:]
    /// The span each task is in now (not yet closed).
    private var open: [TaskID: (state: LaneState, time: Double, step: Int)] = [:]
    /// What a task becomes when its running step ends.
    private var afterStep: [TaskID: LaneState] = [:]
    private var blocked: [BlockedInterval] = []
    private var slowStep = SlowStep()
    private var callbacks: [LoopCallback] = []
    private var openCallback: LoopCallback?
    private var marks: [RunMark] = []
    private var queued: Set<HandleID> = []
    private var readyQueueLength: [(time: Double, length: Int)] = []
    private var stepCount = 0
    private var now: Double = 0
    private var exitCode: Int?
    private var file = ""

    public init(budget: Int = Int.max) {
        self.budget = budget
    }

    public mutating func consume(_ e: Event) {
        if case .runFinished(let code) = e.kind { exitCode = code }
        if frozen { return }
        if items >= budget {
            frozen = true
            return
        }
        now = e.time
        switch e.kind {
        case .runStarted(let f):
            file = f
        case .taskCreated(let task, let name, let coroutine, let creator, let line):
            laneIndex[task] = lanes.count
            items += 1
            lanes.append(TaskLane(task: task, name: name, coroutine: coroutine, creator: creator,
                                  createdLine: line, createdTime: e.time))
        case .taskRenamed(let task, let name):
            if let i = laneIndex[task] { lanes[i].name = name }
        case .handleScheduled(let handle, let task, _):
            enqueue(handle)
            if let task { becomeReady(task) }
        case .timerFired(let timer):
            enqueue(timer)
        case .handleCancelled(let handle):
            dequeue(handle)
        case .stepBegan(let handle, let task, let description):
            dequeue(handle)
            slowStep.began(task: task, time: e.time, step: stepCount, blockedCount: blocked.count)
            if let task {
                transition(task, to: .running)
                afterStep[task] = nil
            } else {
                openCallback = LoopCallback(description: description, startTime: e.time, endTime: e.time, step: stepCount)
            }
            stepCount += 1
        case .stepEnded(_, let task, _):
            if let b = slowStep.ended(time: e.time) {
                blocked.removeSubrange(b.replacingFrom...)
                blocked.append(BlockedInterval(task: b.task, by: b.by, line: b.line, startTime: b.startTime,
                                               endTime: b.endTime, step: b.step))
            }
            if task == nil, var callback = openCallback {
                callback.endTime = e.time
                items += 1
                callbacks.append(callback)
                openCallback = nil
            }
            if let task, open[task]?.state.isRunningLike == true {
                if let next = afterStep.removeValue(forKey: task) {
                    transition(task, to: next)
                } else {
                    close(task)
                }
            }
        case .taskSuspended(let task, let line, let awaiting, _):
            slowStep.sawSuspension(task: task, line: line)
            setAfterStep(task, .awaiting(awaiting, line: line))
        case .taskWoken(let task, _):
            becomeReady(task)
        case .taskDone(let task, let result):
            end(task, .done(result: result))
        case .taskFailed(let task, let exception, _):
            end(task, .failed(exception: exception))
        case .taskCancelled(let task, _):
            end(task, .cancelled)
        case .loopBlocked(let task, let by, let duration, let line):
            slowStep.sawBlockingCall(by: by, line: line)
            items += 1
            blocked.append(BlockedInterval(task: task, by: by, line: line, startTime: e.time - duration,
                                           endTime: e.time, step: max(stepCount - 1, 0)))
            if let task, let current = open[task], current.state.isRunningLike {
                open[task] = (.blocking(by, line: line), current.time, current.step)
            }
        case .output(let text, _, let task):
            let shown = text.count > Self.markTextLimit ? String(text.prefix(Self.markTextLimit)) + "…" : text
            addMark(RunMark(kind: .output, time: e.time, step: max(stepCount - 1, 0), task: task, text: shown))
        case .warning(_, let message, let task, _):
            addMark(RunMark(kind: .warning, time: e.time, step: max(stepCount - 1, 0), task: task, text: message))
        case .notYielded(let task, let instructions, let line):
            addMark(RunMark(kind: .notYielded, time: e.time, step: max(stepCount - 1, 0), task: task,
                                 text: "has not yielded for \(instructions) instructions (line \(line))"))
        case .deadlock(let stuck):
            let names = stuck.map { "\($0.name) at line \($0.line) awaiting \($0.awaiting)" }
            addMark(RunMark(kind: .deadlock, time: e.time, step: stepCount, task: nil,
                                 text: "deadlock: " + names.joined(separator: "; ")))
        case .runFinished:
            break
        case .timerSet, .timerCancelled, .clockAdvanced, .iterationBegan, .iterationEnded,
             .taskCancelRequested, .loopStarted, .loopClosed, .taskArgs, .syncCreated, .syncChanged:
            break
        }
    }

    public mutating func finish() -> RunHistory {
        for task in Array(open.keys).sorted() { close(task) }
        return RunHistory(lanes: lanes, blocked: blocked, callbacks: callbacks, marks: marks, readyQueueLength: readyQueueLength,
                          endTime: now, stepCount: stepCount, exitCode: exitCode, file: file, truncated: frozen)
    }

    private mutating func addMark(_ mark: RunMark) {
        items += 1
        marks.append(mark)
    }

    // MARK: - Transitions

    private mutating func becomeReady(_ task: TaskID) {
        if let current = open[task], current.state.isRunningLike {
            // Rescheduled from inside its own step (`sleep(0)`): ready once the step ends.
            setAfterStep(task, .ready)
        } else if open[task]?.state != .ready {
            transition(task, to: .ready)
        }
    }

    private mutating func setAfterStep(_ task: TaskID, _ state: LaneState) {
        if let current = open[task], current.state.isRunningLike {
            afterStep[task] = state
        } else {
            transition(task, to: state)
        }
    }

    private mutating func end(_ task: TaskID, _ end: LaneEnd) {
        guard let i = laneIndex[task] else { return }
        lanes[i].end = end
        lanes[i].endTime = now
        afterStep[task] = nil
        if let current = open[task], !current.state.isRunningLike { close(task) }
    }

    private mutating func transition(_ task: TaskID, to state: LaneState) {
        close(task)
        guard laneIndex[task] != nil else { return }
        open[task] = (state, now, stepCount)
    }

    private mutating func close(_ task: TaskID) {
        guard let current = open.removeValue(forKey: task), let i = laneIndex[task] else { return }
        let endStep = current.state.isRunningLike ? current.step + 1 : max(stepCount, current.step)
        items += 1
        lanes[i].spans.append(LaneSpan(state: current.state, startTime: current.time, endTime: now,
                                       startStep: current.step, endStep: endStep))
    }

    private mutating func enqueue(_ handle: HandleID) {
        if queued.insert(handle).inserted { recordQueueLength() }
    }

    private mutating func dequeue(_ handle: HandleID) {
        if queued.remove(handle) != nil { recordQueueLength() }
    }

    private mutating func recordQueueLength() {
        items += 1
        readyQueueLength.append((now, queued.count))
    }
}

extension LaneState {
    var isRunningLike: Bool {
        switch self {
        case .running, .blocking: return true
        case .ready, .awaiting: return false
        }
    }
}
