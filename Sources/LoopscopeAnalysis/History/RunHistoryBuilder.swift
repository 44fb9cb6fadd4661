import LoopscopeEngine

/// Folds events into a `Timeline` (the one fold the TUI uses too) and
/// reads it off as a `RunHistory` for the exports. Fed one event at a time,
/// so a run never has to keep its events; within the same history budget
/// as the TUI: past it the oldest half is forgotten, and the exports show
/// the run from `RunHistory.forgottenBefore` on.
public struct RunHistoryBuilder {
    /// What `loopscope run --trace/--svg/--timeline` keep: the TUI's budget.
    public static let defaultBudget = Timeline.defaultHistoryBudget

    private var timeline: Timeline
    private var events = 0

    public init(budget: Int = Int.max) {
        timeline = Timeline(historyBudget: budget)
    }

    public mutating func consume(_ e: Event) {
        timeline.apply(e)
        events += 1
        if events & 1023 == 0 { _ = timeline.keepWithinBudget() }
    }

    public mutating func finish() -> RunHistory {
        _ = timeline.keepWithinBudget()
        return RunHistory(timeline)
    }
}
