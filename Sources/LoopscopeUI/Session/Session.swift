import Foundation
import LoopscopeAnalysis
import LoopscopeEngine

/// Owns one run of a program and the model built from its events: stepping,
/// playing in (scaled) real time, rewinding by deterministic replay.
public final class Session {
    public enum Status: String, Sendable { case paused = "PAUSED", playing = "PLAYING", finished = "FINISHED" }

    public let makeProgram: () -> SteppableProgram
    public let makeLinter: (() -> (Event) -> [Lint])?
    public internal(set) var program: SteppableProgram
    public internal(set) var model = TimelineModel()
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
    private var linter: ((Event) -> [Lint])?
    private var iterationsEnded = 0
    /// Runs the last frame inspected (bounded by the screen, not the history).
    public internal(set) var lastFrameVisitedRuns = 0
    /// Where the last step (or command) began: what it changed is highlighted.
    public internal(set) var mark = ChangeMark()
    /// The program's lines, so the model names locks as the source does.
    public var sourceLines: [String] = [] { didSet { model.sourceLines = sourceLines } }

    public init(makeProgram: @escaping () -> SteppableProgram, makeLinter: (() -> (Event) -> [Lint])? = nil) {
        self.makeProgram = makeProgram
        self.makeLinter = makeLinter
        program = makeProgram()
        attach()
    }

    public var status: Status {
        if isFinished { return .finished }
        return playing ? .playing : .paused
    }

    public var isFinished: Bool { model.isFinished || program.isFinished && lastOutcome == .finished }

    /// The time shown in the header and up to which lanes are drawn. While
    /// playing it is the playhead, so a blocking call's band grows in real
    /// time; paused, it is at least the clock.
    public var displayTime: Double { playing ? playhead : max(playhead, model.now) }

    // MARK: - Commands

    public func togglePlay() {
        if isFinished { playing = false; return }
        if playing { return pause() }
        playing = true
        zeroTimeCredit = 0
    }

    public func pause() {
        playing = false
        playhead = max(playhead, model.now)
    }

    /// Exactly one `step()` of the program.
    public func stepOnce() {
        guard !isFinished else { return }
        mark = ChangeMark(model)
        step()
        playhead = model.now
    }

    /// Steps until the current loop iteration ends (bounded in wall time, so
    /// a task that never yields cannot hang the UI).
    public func stepIteration(wallBudget: TimeInterval = 0.5) {
        guard !isFinished else { return }
        let ended = iterationsEnded
        let deadline = Date().addingTimeInterval(wallBudget)
        mark = ChangeMark(model)
        repeat { step() } while iterationsEnded == ended && !isFinished && Date() < deadline
        playhead = model.now
    }

    /// Steps until the virtual clock moves (or the program ends).
    public func stepUntilClockAdvances(wallBudget: TimeInterval = 0.5) {
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
        guard stepsTaken > 0 else { return }
        replay(to: stepsTaken - 1)
    }

    public func restart() { replay(to: 0) }

    /// Rebuilds the run up to `k` steps.
    public func replay(to k: Int) {
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
        guard playing, !isFinished else {
            if isFinished { playing = false }
            return false
        }
        let before = (model.eventCount, playhead)
        let target = playhead + realSeconds * speed.factor
        zeroTimeCredit = min(zeroTimeCredit + realSeconds * zeroTimeStepRate * speed.factor, 64)
        let deadline = Date().addingTimeInterval(wallBudget)
        while !isFinished, Date() < deadline {
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
        if isFinished { playing = false; playhead = model.now }
        return (model.eventCount, playhead) != before
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
        stepsTaken = 0
        iterationsEnded = 0
        lastOutcome = .stepped
        mark = ChangeMark()
        attach()
    }

    private func attach() {
        linter = makeLinter?()
        program.onEvent = { [unowned self] e in
            self.model.apply(e)
            if case .iterationEnded = e.kind { self.iterationsEnded += 1 }
            if let linter = self.linter {
                let lints = linter(e)
                if !lints.isEmpty { self.model.addLints(lints) }
            }
        }
    }

    func step() {
        lastOutcome = program.step()
        stepsTaken += 1
    }
}
