import LoopscopeEngine

/// The model within a budget: a program that runs for ever (an endless
/// `sleep(0)` loop, a server) must not grow the visualizer without bound.
/// Once the history holds more than `historyBudget` items, the older half of
/// it (by loop step) is forgotten: lane runs that ended before the horizon,
/// tasks that ended before it, loop-lane runs, blocked bands and marks. The
/// state *now* (every live task, the ready queue, timers, locks) is never
/// dropped, and the lanes from the horizon on stay exact.
extension TimelineModel {
    /// About 100 bytes an item (a run with its state), so ~30 MB of history
    /// however long the program runs. `--history N` changes it.
    public static let defaultHistoryBudget = 250_000
    /// Output and warning lines kept, as a share of the budget.
    static let linesShare = 8

    /// Items the history holds now (what the budget counts).
    public var historyItems: Int {
        var n = loopRuns.count + blocked.count + output.count + warnings.count
        for t in tasks { n += t.runs.count }
        return n
    }

    /// Checked every 1,024 events (the count costs O(tasks)); forgets down
    /// to half the budget, so the work is amortised over many events.
    mutating func keepWithinBudget() {
        let budget = max(historyBudget, 64)
        trimLines(to: max(budget / Self.linesShare, 32))
        var items = historyItems
        guard items > budget else { return }
        var from = forgottenBefore?.step ?? 0
        while items > budget / 2, from < stepCount {
            let horizon = from + max((stepCount - from) / 2, 1)
            forget(before: horizon)
            from = horizon
            items = historyItems
        }
    }

    private mutating func forget(before horizon: Int) {
        let time = loopRuns.first { $0.startStep >= horizon }?.startTime ?? now
        forgottenBefore = (horizon, time)
        var kept: [TaskTrack] = []
        kept.reserveCapacity(tasks.count)
        for var track in tasks {
            let k = Self.firstRun(track.runs, atOrAfter: horizon)
            if k == track.runs.count, let last = track.runs.last, last.state.isEnded {
                teaching.args[track.id] = nil
                warningMarks[track.id] = nil
                continue  // ended before the horizon: the whole lane goes
            }
            // The run that covers the horizon stays: it is the state there.
            if k > 1 { track.runs.removeFirst(k - 1) }
            kept.append(track)
        }
        tasks = kept
        taskIndex = Dictionary(uniqueKeysWithValues: tasks.enumerated().map { ($1.id, $0) })
        let k = loopRuns.firstIndex { $0.startStep >= horizon } ?? loopRuns.count
        if k > 1 { loopRuns.removeFirst(k - 1) }
        let before = blocked.count
        blocked.removeAll { $0.step < horizon }
        blockedDropped += before - blocked.count
        for (task, marks) in warningMarks {
            let recent = marks.filter { $0.step >= horizon }
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
            // Live not-yielded warnings are updated in place, by index.
            notYieldedWarning = notYieldedWarning.compactMapValues { $0 >= dropped ? $0 - dropped : nil }
        }
    }

    /// The index of the first run starting at `step` or later (runs are in step order).
    static func firstRun(_ runs: [StateRun], atOrAfter step: Int) -> Int {
        var lo = 0, hi = runs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].startStep < step { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
