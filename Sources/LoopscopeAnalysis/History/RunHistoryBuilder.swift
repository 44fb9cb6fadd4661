import LoopscopeEngine

/// Folds events into a `Timeline` (the one fold the TUI uses too) and
/// reads it off as a `RunHistory` for the exports; with a linter, the lints
/// are read off the same fold as each event arrives. Fed one event at a
/// time, so a run never has to keep its events; within the same history
/// budget as the TUI: past it the oldest half is forgotten, and the exports
/// show the run from `RunHistory.forgottenBefore` on.
public struct RunHistoryBuilder {
    /// What `loopscope run --trace/--svg/--timeline` keep: the TUI's budget.
    public static let defaultBudget = Timeline.defaultHistoryBudget

    public private(set) var timeline: Timeline
    private var linter: Linter?
    private var events = 0

    /// `lintSource`: lint the run too, with this program's source.
    public init(budget: Int = Int.max, lintSource: String? = nil) {
        timeline = Timeline(historyBudget: budget)
        linter = lintSource.map(Linter.init(source:))
    }

    /// Folds `e`; returns the lints it reveals (none without a linter).
    @discardableResult
    public mutating func consume(_ e: Event) -> [Lint] {
        timeline.apply(e)
        let lints = linter?.consume(e, in: timeline) ?? []
        events += 1
        if events & 1023 == 0 { _ = timeline.keepWithinBudget() }
        return lints
    }

    public mutating func finish() -> RunHistory {
        _ = timeline.keepWithinBudget()
        return RunHistory(timeline)
    }
}
