import Foundation
import LoopscopeAnalysis
import LoopscopeEngine

/// Owns one run of a program and the model built from its events: stepping,
/// playing in (scaled) real time, rewinding by deterministic replay.
///
/// While playing, a step's events reach the model when the playhead reaches
/// their time: a step that took virtual time (CPU work, `time.sleep`) is
/// animated over its duration, and the output and states reached inside it
/// appear when they happened, not when the step began.
public final class Session {
    public enum Status: String, Sendable {
        case paused = "PAUSED", playing = "PLAYING", finished = "FINISHED"
        /// A live process (`watch`): held between callbacks / running free.
        case held = "HELD · I/O queues in the kernel"
        case live = "LIVE"
        /// Looking back at a live process's recorded events (view only).
        case history = "HISTORY · view only"
    }

    public let makeProgram: () -> SteppableProgram
    public let makeLinter: (() -> (Event, Timeline) -> [Lint])?
    public internal(set) var program: SteppableProgram
    public internal(set) var model = TimelineModel()
    /// Live programs: the recent events `b` steps back through (bounded,
    /// LiveHistory.swift), the live model while history is shown, and how
    /// many steps history shows.
    var liveHistory: LiveHistory?
    var liveModel: TimelineModel?
    /// The lints a live process's run raised, for its exports.
    var liveLints = LintCollector()
    public internal(set) var historySteps: Int?
    /// `step()` calls made on this program (a `.sliced` step counts).
    public internal(set) var stepsTaken = 0
    public internal(set) var playing = false
    public var speed = Speed()
    /// The virtual time the view has reached. While playing it runs ahead of
    /// the model's clock as the loop waits for a timer; it never passes an
    /// event that has not happened.
    public internal(set) var playhead: Double = 0
    /// Zero-time steps per real second at 1× (so round-robins stay visible).
    public var zeroTimeStepRate = 20.0
    private var zeroTimeCredit = 0.0
    private var lastOutcome: StepOutcome = .stepped
    /// Events already emitted that the playhead has not reached (oldest first).
    private var pending: [Event] = []
    private var pendingStart = 0
    /// True while playback runs steps: their events wait in `pending`.
    private var holding = false
    private var linter: ((Event, Timeline) -> [Lint])?
    private var iterationsEnded = 0
    /// Runs the last frame inspected (bounded by the screen, not the history).
    public internal(set) var lastFrameVisitedRuns = 0
    /// Where the last step (or command) began: what it changed is highlighted.
    public internal(set) var mark = ChangeMark()
    /// The program's lines, so the model names locks as the source does.
    public var sourceLines: [String] = [] { didSet { model.sourceLines = sourceLines } }
    /// Items of history the model keeps (`--history`); a live program's
    /// step-back window keeps half as many events.
    public let historyBudget: Int

    public init(makeProgram: @escaping () -> SteppableProgram, makeLinter: (() -> (Event, Timeline) -> [Lint])? = nil,
                historyBudget: Int = TimelineModel.defaultHistoryBudget) {
        self.makeProgram = makeProgram
        self.makeLinter = makeLinter
        self.historyBudget = historyBudget
        program = makeProgram()
        model.historyBudget = historyBudget
        attach()
    }

    public var status: Status {
        if historySteps != nil { return .history }
        if isFinished { return .finished }
        if live != nil { return playing ? .live : .held }
        return playing ? .playing : .paused
    }

    public var isFinished: Bool {
        model.isFinished || program.isFinished && lastOutcome == .finished && !hasPending
    }

    /// Some events of steps already run are still ahead of the playhead.
    public var hasPending: Bool { pendingStart < pending.count }

    /// The time shown in the header and up to which lanes are drawn. While
    /// playing it is the playhead, so a blocking call's band grows in real
    /// time; paused, it is at least the clock.
    public var displayTime: Double { playing ? playhead : max(playhead, model.now) }

    // MARK: - Commands

    public func togglePlay() {
        if historySteps != nil { leaveHistory() }
        if isFinished { playing = false; return }
        if let live {
            playing.toggle()
            live.setRunning(playing)
            return
        }
        if playing { return pause() }
        playing = true
        zeroTimeCredit = 0
    }

    /// Pausing mid-step keeps the view at that moment; the next step key
    /// finishes the step first.
    public func pause() {
        playing = false
        live?.setRunning(false)
        playhead = max(playhead, model.now)
    }

    /// Exactly one `step()` of the program (or, paused inside a step that
    /// was playing, the rest of that step).
    public func stepOnce() {
        if let steps = historySteps { return showHistory(steps: steps + 1) }
        if hasPending { return catchUp() }
        guard !isFinished else { return }
        mark = ChangeMark(model)
        step()
        playhead = model.now
    }

    /// Steps until the current loop iteration ends (bounded in wall time, so
    /// a task that never yields cannot hang the UI).
    public func stepIteration(wallBudget: TimeInterval = 0.5) {
        catchUp()
        guard !isFinished else { return }
        let ended = iterationsEnded
        let deadline = Date().addingTimeInterval(wallBudget)
        mark = ChangeMark(model)
        repeat { step() } while iterationsEnded == ended && !isFinished && Date() < deadline
        playhead = model.now
    }

    /// Steps until the virtual clock moves (or the program ends).
    public func stepUntilClockAdvances(wallBudget: TimeInterval = 0.5) {
        catchUp()
        guard !isFinished else { return }
        let t0 = model.now
        let deadline = Date().addingTimeInterval(wallBudget)
        mark = ChangeMark(model)
        repeat { step() } while model.now == t0 && !isFinished && Date() < deadline
        playhead = model.now
    }

    /// Goes back one step: a fresh program replays `stepsTaken − 1` steps
    /// headless (the engine is deterministic, so this is the earlier state).
    public func stepBack() {
        if live != nil {
            if playing { pause() }
            return showHistory(steps: (historySteps ?? liveStepCount) - 1)
        }
        guard stepsTaken > 0 else { return }
        replay(to: stepsTaken - 1)
    }

    public func restart() { replay(to: 0) }

    /// Rebuilds the run up to `k` steps.
    public func replay(to k: Int) {
        if live != nil { return showHistory(steps: k) }
        playing = false
        reset()
        while stepsTaken < k - 1, !isFinished { step() }
        // The last step is the one whose changes stay highlighted.
        mark = ChangeMark(model)
        if stepsTaken < k, !isFinished { step() }
        playhead = model.now
    }

    /// Advances playback by `realSeconds` of wall time. Returns true if the
    /// screen changed.
    @discardableResult
    public func tick(realSeconds: Double, wallBudget: TimeInterval = 0.03) -> Bool {
        if let live {
            // A real process keeps its own pace: show whatever has arrived.
            let changed = live.poll()
            if historySteps == nil { playhead = model.now }
            if isFinished { playing = false }
            return changed
        }
        guard playing, !isFinished else {
            if isFinished { playing = false }
            return false
        }
        let before = (model.eventCount, playhead)
        let target = playhead + realSeconds * speed.factor
        zeroTimeCredit = min(zeroTimeCredit + realSeconds * zeroTimeStepRate * speed.factor, 64)
        let deadline = Date().addingTimeInterval(wallBudget)
        while !isFinished, Date() < deadline {
            if hasPending {
                // Inside a step that took time: show its events as the playhead reaches them.
                let next = max(Self.showTime(pending[pendingStart]), playhead)
                if target < next { playhead = target; break }
                playhead = next
                release(upTo: playhead)
                continue
            }
            if playhead < model.now {
                // The clock jumped (a timer, or a blocking call): let the view catch up.
                if target >= model.now { playhead = model.now; continue }
                playhead = target
                break
            }
            if waitingForTimer, let due = model.nextTimerDue {
                if target >= due {
                    mark = ChangeMark(model)
                    step()
                    continue
                }
                playhead = target
                break
            }
            // A callback that has not yielded continues as fast as the frame allows.
            if lastOutcome == .sliced {
                step()
                continue
            }
            // Work is ready now: zero-time steps, paced.
            if zeroTimeCredit < 1 { break }
            zeroTimeCredit -= 1
            mark = ChangeMark(model)
            step()
        }
        if isFinished { playing = false; playhead = max(playhead, model.now) }
        return (model.eventCount, playhead) != before
    }

    /// Applies the pending events whose time the playhead has reached.
    private func release(upTo time: Double) {
        while pendingStart < pending.count, Self.showTime(pending[pendingStart]) <= time {
            apply(pending[pendingStart])
            pendingStart += 1
        }
        if pendingStart == pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingStart = 0
        }
    }

    /// Shows every pending event at once (a step key, or the end of playback).
    func catchUp() {
        guard hasPending else { return }
        release(upTo: .infinity)
        playhead = max(playhead, model.now)
    }

    /// When an event becomes visible: a blocking call shows from its start,
    /// so its band grows while the playhead crosses it.
    static func showTime(_ e: Event) -> Double {
        if case .loopBlocked(_, _, let duration, _) = e.kind { return e.time - duration }
        return e.time
    }

    /// The loop is idle until a timer is due.
    private var waitingForTimer: Bool {
        model.loopActive && model.readyQueue.isEmpty && model.running == nil && lastOutcome != .sliced
            && model.nextTimerDue != nil
    }

    // MARK: - Plumbing

    /// A fresh program and model at step 0.
    func reset() {
        program = makeProgram()
        model = TimelineModel()
        model.sourceLines = sourceLines
        model.historyBudget = historyBudget
        stepsTaken = 0
        iterationsEnded = 0
        lastOutcome = .stepped
        pending = []
        pendingStart = 0
        mark = ChangeMark()
        attach()
    }

    private func attach() {
        linter = makeLinter?()
        if live != nil {
            liveHistory = LiveHistory(capacity: historyBudget / 2, base: model)
            program.onEvent = { [unowned self] e in self.applyLive(e) }
            return
        }
        program.onEvent = { [unowned self] e in
            if self.holding || self.hasPending {
                self.pending.append(e)
            } else {
                self.apply(e)
            }
        }
    }

    /// A live process's event: kept for step-back with its lints, and shown
    /// (while history is on screen, the live run goes on in `liveModel`).
    private func applyLive(_ e: Event) {
        if case .iterationEnded = e.kind { iterationsEnded += 1 }
        var lints: [Lint] = []
        if historySteps != nil {
            // In place: a copy of the model would copy its history per event.
            if liveModel != nil { lints = fold(e, into: &liveModel!) }
        } else {
            lints = fold(e, into: &model)
        }
        liveHistory?.append(e, lints: lints)
        for lint in lints { liveLints.add(lint) }
    }

    private func apply(_ e: Event) {
        _ = fold(e, into: &model)
        if case .iterationEnded = e.kind { iterationsEnded += 1 }
    }

    /// The event into the model, and the lints read off its timeline.
    private func fold(_ e: Event, into m: inout TimelineModel) -> [Lint] {
        m.apply(e)
        guard let linter else { return [] }
        let lints = linter(e, m.timeline)
        if !lints.isEmpty { m.addLints(lints) }
        return lints
    }

    func step() {
        holding = playing
        defer { holding = false }
        lastOutcome = program.step()
        stepsTaken += 1
    }
}
