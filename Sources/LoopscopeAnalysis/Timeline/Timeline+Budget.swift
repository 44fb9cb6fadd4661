import LoopscopeEngine

/// The timeline within a budget: a program that runs for ever (an endless
/// `sleep(0)` loop, a server) must not grow the visualizer or an export
/// without bound. Once the history holds more than `historyBudget` items,
/// the older half of it (by loop step) is forgotten: lane runs that ended
/// before the horizon, tasks that ended before it, loop-lane runs, blocked
/// bands, callbacks, marks and ready-queue samples. The state *now* (every
/// live task, the ready queue, timers) is never dropped, and the lanes from
/// the horizon on stay exact. The TUI and the exports forget alike, so an
/// export of a long run shows its latest stretch, as the screen does.
extension Timeline {
    /// What one round of forgetting dropped, for owners that index by task.
    public struct Forgotten: Sendable {
        public var horizon: Int
        public var droppedTasks: [TaskID]
    }

    /// Items the history holds now (what the budget counts).
    public var historyItems: Int {
        var n = loopRuns.count + blocked.count + callbacks.count + marks.count + readyQueueSamples.count
        for t in tasks { n += t.runs.count }
        return n
    }

    /// Call every ~1,000 events (the count costs O(tasks)): forgets down to
    /// half the budget, so the work is amortised. `extraItems` are the
    /// owner's own lines counted against the same budget.
    public mutating func keepWithinBudget(extraItems: Int = 0) -> Forgotten? {
        let budget = max(historyBudget, 64)
        var items = historyItems + extraItems
        guard items > budget else { return nil }
        var from = forgottenBefore?.step ?? 0
        var dropped: [TaskID] = []
        while items > budget / 2, from < stepCount {
            let horizon = from + max((stepCount - from) / 2, 1)
            dropped += forget(before: horizon)
            from = horizon
            items = historyItems + extraItems
        }
        return Forgotten(horizon: from, droppedTasks: dropped)
    }

    private mutating func forget(before horizon: Int) -> [TaskID] {
        let time = loopRuns.first { $0.startStep >= horizon }?.startTime ?? now
        forgottenBefore = (horizon, time)
        var kept: [TaskTrack] = []
        var dropped: [TaskID] = []
        kept.reserveCapacity(tasks.count)
        for var track in tasks {
            let k = Self.firstRun(track.runs, atOrAfter: horizon)
            if k == track.runs.count, let last = track.runs.last, last.state.isEnded {
                dropped.append(track.id)
                forgottenTasks[track.id] = identity(of: track)
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
        callbacks.removeAll { $0.step < horizon }
        marks.removeAll { $0.step < horizon }
        let samples = readyQueueSamples.firstIndex { $0.step >= horizon } ?? readyQueueSamples.count
        // The sample in force at the horizon stays: it is the length there.
        if samples > 1 { readyQueueSamples.removeFirst(samples - 1) }
        return dropped
    }

    /// The index of the first run starting at `step` or later (runs are in step order).
    public static func firstRun(_ runs: [StateRun], atOrAfter step: Int) -> Int {
        var lo = 0, hi = runs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].startStep < step { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
