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
    /// rebuilt from the events recorded so far; the live process is not touched.
    func showHistory(steps: Int) {
        let target = max(steps, 0)
        if historySteps == nil { liveModel = model }
        var m = TimelineModel()
        var ended = 0
        let linter = makeLinter?()
        for e in recorded {
            if ended >= target, case .stepBegan = e.kind { break }
            m.apply(e)
            if let lints = linter?(e), !lints.isEmpty { m.addLints(lints) }
            if case .stepEnded = e.kind { ended += 1 }
        }
        if ended < target || target >= liveStepCount {
            leaveHistory()
            return
        }
        historySteps = target
        model = m
        playhead = model.now
    }

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
}
