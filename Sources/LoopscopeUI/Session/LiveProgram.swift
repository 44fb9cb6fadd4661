import LoopscopeEngine

/// A program running for real in another process (`loopscope watch`):
/// events arrive whenever the process produces them, not only inside
/// `step()`. `step()` lets exactly one real callback run; the process keeps
/// its own clock, so it can be held between callbacks or let run free, but
/// never rewound: going back shows recorded history instead.
public protocol LiveProgram: SteppableProgram {
    /// Lets the real loop run free (true) or holds it before its next callback.
    func setRunning(_ free: Bool)
    /// Delivers (through `onEvent`) every event that has arrived; true if any did.
    @discardableResult func poll() -> Bool
}

extension Session {
    /// The session drives a real process.
    public var live: LiveProgram? { program as? LiveProgram }

    /// Shows the run as it was after `steps` callbacks (stepBegan…stepEnded),
    /// rebuilt from the recent events kept (LiveHistory); the live process is
    /// not touched. Steps older than the kept window show its first step.
    func showHistory(steps: Int) {
        guard let liveHistory else { return }
        let target = max(steps, liveHistory.firstStep)
        if historySteps == nil { liveModel = model }
        let (m, ended) = liveHistory.model(afterSteps: target)
        if ended < target || target >= liveStepCount {
            leaveHistory()
            return
        }
        historySteps = target
        model = m
        playhead = model.now
    }

    /// The earliest step `b` can show (older ones went to keep the budget).
    public var firstHistoryStep: Int { liveHistory?.firstStep ?? 0 }

    /// Back to the live run, with every event that arrived meanwhile.
    func leaveHistory() {
        guard historySteps != nil else { return }
        historySteps = nil
        if let liveModel { model = liveModel }
        liveModel = nil
        playhead = model.now
    }

    /// Callbacks completed in the live run so far.
    var liveStepCount: Int { (liveModel ?? model).stepCount }

    /// The live run so far (not the history on screen), for `e`.
    var liveRun: LiveRun? {
        guard live != nil else { return nil }
        return LiveRun(timeline: (liveModel ?? model).timeline, lints: liveLints.kept)
    }
}
