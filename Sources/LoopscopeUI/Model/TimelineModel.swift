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

    public typealias Blocked = BlockedInterval
    public typealias LoopActivity = Timeline.LoopActivity
    public typealias LoopRun = Timeline.LoopRun
    public typealias RunningHandle = Timeline.RunningHandle

    public struct Warning: Sendable, Equatable {
        public var time: Double
        public var step: Int
        public var task: TaskID?
        public var line: Int
        public var message: String
    }

    /// The lanes, the loop lane, the ready queue and the timers: the one
    /// timeline model the exports read too (LoopscopeAnalysis/Timeline).
    public internal(set) var timeline = Timeline()

    public var file: String { timeline.file }
    public var tasks: [TaskTrack] { timeline.tasks }
    public var loopRuns: [LoopRun] { timeline.loopRuns }
    public var blocked: [Blocked] { timeline.blocked }
    public var readyQueue: ReadyQueue { timeline.readyQueue }
    public var timers: [HandleID: PendingTimer] { timeline.timers }
    public var running: RunningHandle? { timeline.running }
    public var iteration: Int { timeline.iteration }
    /// Source lines where tasks are suspended now, with how many.
    public var suspendedLines: [Int: Int] { timeline.suspendedLines }
    public var now: Double { timeline.now }
    /// Steps begun so far (one per callback of the ready queue).
    public var stepCount: Int { timeline.stepCount }
    public var exitCode: Int? { timeline.exitCode }
    /// The earliest pending timer's due time (kept current per event).
    public var nextTimerDue: Double? { timeline.nextTimerDue }
    /// The first step still drawn: history before it went to keep the budget.
    public var forgottenBefore: (step: Int, time: Double)? { timeline.forgottenBefore }
    /// State changes (lane and loop-lane runs, blocked bands, output lines,
    /// warnings) kept before the oldest are forgotten (TimelineModel+Budget.swift).
    public var historyBudget: Int {
        get { timeline.historyBudget }
        set { timeline.historyBudget = newValue }
    }

    public internal(set) var output: [OutputLine] = []
    private var outputLineOpen = false
    public internal(set) var warnings: [Warning] = []
    /// The Warnings panel's wrapped lines (told when a warning changes in place or is dropped).
    let wrappedWarnings = WrappedWarnings()
    /// Per task, where its warnings happened (time, step), in order: marks on its lane.
    public internal(set) var warningMarks: [TaskID: [(time: Double, step: Int)]] = [:]
    var notYieldedWarning: [TaskID: Int] = [:]
    private var lintOwnedNotYielded: Set<TaskID> = []
    public private(set) var recent = EventRing(capacity: 200)
    /// The line the program is at, as far as the events tell (0: unknown).
    public private(set) var currentLine = 0
    /// The line of an uncaught error or syntax error, from the traceback.
    public private(set) var errorLine = 0
    public private(set) var eventCount = 0
    public private(set) var loopActive = false
    public private(set) var deadlock: [StuckTask] = []
    /// Counts runs inspected while drawing (tests assert it stays bounded).
    public var visitedRuns = 0
    /// Locks and waiters, timers in firing order, resume lines (TeachingState.swift).
    public internal(set) var teaching = TeachingState()
    /// The program's lines, to name locks as the source does (set by the session).
    public var sourceLines: [String] = []

    public init() {}

    public var isFinished: Bool { exitCode != nil }

    public func task(_ id: TaskID) -> TaskTrack? { timeline.task(id) }

    /// The step still running at `time` (the playhead inside a step that is
    /// being animated), once it has held the loop for the slow-callback time.
    public func ongoingBlock(at time: Double) -> Blocked? { timeline.ongoingBlock(at: time) }

    public func taskName(_ id: TaskID?) -> String {
        guard let id else { return "module" }
        return task(id)?.name ?? "Task#\(id)"
    }

    /// The first `limit` timers by due time (selection, not a full sort).
    public func earliestTimers(_ limit: Int) -> [PendingTimer] { timeline.earliestTimers(limit) }

    /// Lints from the analysis layer join the engine's own warnings.
    public mutating func addLints(_ lints: [Lint]) {
        for l in lints {
            // A not-yielding lint takes over the live warning for that task (one line, with the fix).
            if l.kind == .notYielding, let task = l.task, let wi = notYieldedWarning[task] {
                warnings[wi].message = l.message
                wrappedWarnings.invalidate(from: wi)
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
        eventCount += 1
        recent.append(e)
        timeline.apply(e)
        applyTeaching(e)
        switch e.kind {
        case .taskCreated(let task, _, _, _, let line):
            if line > 0, timeline.task(task) != nil { currentLine = line }
        case .notYielded(let task, let instructions, let line):
            if line > 0 { currentLine = line }
            if let task, let track = timeline.task(task) {
                let message = "\(track.name) has not yielded for \(instructions) instructions (line \(line))"
                let w = Warning(time: e.time, step: max(stepCount - 1, 0), task: task, line: line, message: message)
                if let wi = notYieldedWarning[task] {
                    if !lintOwnedNotYielded.contains(task) {
                        warnings[wi] = w
                        wrappedWarnings.invalidate(from: wi)
                    }
                } else {
                    notYieldedWarning[task] = warnings.count
                    addWarning(w)
                }
            }
        case .taskSuspended(_, let line, _, _), .taskFailed(_, _, let line), .loopBlocked(_, _, _, let line):
            if line > 0 { currentLine = line }
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
        default:
            break
        }
    }

    private mutating func addWarning(_ w: Warning) {
        warnings.append(w)
        if let task = w.task { warningMarks[task, default: []].append((w.time, w.step)) }
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
