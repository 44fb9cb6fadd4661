import LoopscopeAnalysis
import LoopscopeEngine

/// The model within a budget: the timeline forgets the older half of its
/// history past `historyBudget` items (Timeline+Budget.swift, the rule the
/// exports follow too); the panels' lines count against the same budget,
/// and marks of forgotten tasks and steps go with them.
extension TimelineModel {
    public static var defaultHistoryBudget: Int { Timeline.defaultHistoryBudget }
    /// Output and warning lines kept, as a share of the budget.
    static let linesShare = 8

    /// Items the history holds now (what the budget counts).
    public var historyItems: Int { timeline.historyItems + output.count + warnings.count }

    /// Checked every 1,024 events (the count costs O(tasks)).
    mutating func keepWithinBudget() {
        let budget = max(historyBudget, 64)
        trimLines(to: max(budget / Self.linesShare, 32))
        guard let forgotten = timeline.keepWithinBudget(extraItems: output.count + warnings.count) else { return }
        for task in forgotten.droppedTasks {
            teaching.args[task] = nil
            warningMarks[task] = nil
        }
        for (task, marks) in warningMarks {
            let recent = marks.filter { $0.step >= forgotten.horizon }
            warningMarks[task] = recent.isEmpty ? nil : recent
        }
    }

    /// Output and warnings are lines, not lane runs: the oldest half goes
    /// once there are more than `limit`.
    private mutating func trimLines(to limit: Int) {
        if output.count > limit { output.removeFirst(output.count - limit / 2) }
        if warnings.count > limit {
            let dropped = warnings.count - limit / 2
            warnings.removeFirst(dropped)
            wrappedWarnings.invalidate(from: 0)
            // Live not-yielded warnings are updated in place, by index.
            notYieldedWarning = notYieldedWarning.compactMapValues { $0 >= dropped ? $0 - dropped : nil }
        }
    }
}
