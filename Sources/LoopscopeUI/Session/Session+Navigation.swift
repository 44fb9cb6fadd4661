import Foundation
import LoopscopeEngine
import LoopscopeAnalysis

/// Jumps: to a step, to a moment, to the end, to an event. Going back is a
/// deterministic replay from the start, like `b`.
extension Session {
    /// Until the header reads `step n` (or the run ends, or the wall budget runs out).
    public func jump(toStep n: Int, wallBudget: TimeInterval = 2) {
        if live != nil { return showHistory(steps: n) }  // a real process only goes forward
        playing = false
        if n < model.stepCount { reset() }
        advance(wallBudget) { $0.model.stepCount < n }
    }

    /// To the first step at or after virtual time `t`.
    public func seek(toTime t: Double, wallBudget: TimeInterval = 2) {
        if live != nil { return }
        playing = false
        if t < model.now { reset() }
        advance(wallBudget) { $0.model.now < t }
    }

    /// To the end of the run (bounded: a program that never ends stops at the budget).
    public func runToEnd(wallBudget: TimeInterval = 5) {
        if live != nil { return leaveHistory() }
        playing = false
        advance(wallBudget) { _ in true }
    }

    private func advance(_ wallBudget: TimeInterval, while more: (Session) -> Bool) {
        catchUp()
        let deadline = Date().addingTimeInterval(wallBudget)
        while more(self), !isFinished, Date() < deadline {
            mark = ChangeMark(model)
            step()
        }
        playhead = model.now
    }

    /// Where the view is, as `replay(to:)` and `findEvent` count: steps taken,
    /// or for a live process the completed callbacks shown.
    public var position: Int {
        live != nil ? (historySteps ?? liveStepCount) : stepsTaken
    }

    /// The position (in `stepsTaken`) right after the first event matching
    /// `matches` that happens after position `from`, wrapping around to the
    /// first match of the run. A headless replay: the whole run is searched
    /// without keeping its events.
    public func findEvent(after from: Int, wallBudget: TimeInterval = 1,
                          matches: @escaping (Event, TimelineModel) -> Bool) -> Int? {
        // A real process has no second copy to run: search what history keeps.
        if live != nil { return liveHistory?.find(after: from, matches: matches) }
        let scratch = makeProgram()
        var model = TimelineModel()
        model.sourceLines = sourceLines
        var steps = 0
        var first: Int?
        var found: Int?
        scratch.onEvent = { e in
            model.apply(e)
            if matches(e, model) {
                if first == nil { first = steps + 1 }
                if steps + 1 > from, found == nil { found = steps + 1 }
            }
        }
        // The first 20,000 steps are always searched, so a short program gives
        // the same answer on a loaded machine; the wall budget only stops a
        // long or endless one.
        let deadline = Date().addingTimeInterval(wallBudget)
        while found == nil, !scratch.isFinished, steps < 20_000 || Date() < deadline {
            if scratch.step() == .finished { steps += 1; break }
            steps += 1
        }
        return found ?? first
    }

    /// True when a run never waits for a timer nor blocks the loop (sleep(0)
    /// round-robins, CPU-bound work): such a run is best seen on the steps axis.
    /// Bounded by steps (the same answer on a loaded machine) and, for a
    /// program that never ends, by wall time.
    public static func passesNoTime(_ makeProgram: () -> SteppableProgram, maxSteps: Int = 20_000,
                                    wallBudget: TimeInterval = 3) -> Bool {
        let program = makeProgram()
        var timePassed = false
        var steps = 0
        // CPU work takes (a little) virtual time; waiting for a timer or a
        // blocking call is what shows on a time axis, and so does a step
        // slow enough to block the loop.
        var stepStart = 0.0
        program.onEvent = { e in
            switch e.kind {
            case .clockAdvanced, .loopBlocked: timePassed = true
            case .stepBegan: stepStart = e.time
            case .stepEnded: if e.time - stepStart >= SlowStep.threshold { timePassed = true }
            default: break
            }
        }
        let deadline = Date().addingTimeInterval(wallBudget)
        while !timePassed, !program.isFinished, steps < maxSteps, Date() < deadline {
            if program.step() == .finished { break }
            steps += 1
        }
        return !timePassed && program.isFinished && steps > 1
    }
}
