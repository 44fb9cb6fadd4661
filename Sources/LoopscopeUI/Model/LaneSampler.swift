import LoopscopeAnalysis

/// What one column of a lane shows. `run` is the index of the single run
/// covering the whole column (−1 when several meet there), so the view can
/// write an await label across a long suspension.
public struct LaneCell: Sendable, Equatable {
    public var state: TaskState?
    public var run: Int
    /// Many state changes fell in this column (only some were inspected).
    public var busy: Bool

    static let empty = LaneCell(state: nil, run: -1, busy: false)
}

/// Samples lanes column by column with binary search over the runs, so the
/// cost per column is O(log runs) plus a bounded scan, whatever the history.
public enum LaneSampler {
    /// Runs inspected per column at most; beyond it the column is `busy`.
    static let scanLimit = 8

    public static func sample(_ track: TaskTrack, _ w: AxisWindow, visited: inout Int) -> [LaneCell] {
        let runs = track.runs
        let pos: (Int) -> Double = w.axis == .time ? { runs[$0].startTime } : { Double(runs[$0].startStep) }
        var cells = Array(repeating: LaneCell.empty, count: w.columns)
        guard !runs.isEmpty else { return cells }
        for c in 0..<w.columns {
            let (a, b) = w.range(c)
            if a > w.end { break }
            let below = countBelow(runs.count, a, pos)
            let upTo = countBelow(runs.count, b, pos)
            let i1 = upTo - 1
            if i1 < 0 { continue }  // not created yet
            var i0 = below == 0 ? 0 : below - 1
            if below > 0, below < runs.count, pos(below) <= a { i0 = below }
            if runs[i0].state.isEnded, pos(i0) < a, i0 == i1 { break }  // after its end
            var best: TaskState?
            var visitedHere = 0
            let busy = i1 - i0 + 1 > scanLimit
            // A busy column inspects its first and last few runs only.
            let half = scanLimit / 2
            var i = i0
            while i <= i1 {
                if busy, i == i0 + half { i = i1 - half + 1 }
                visitedHere += 1
                let s = runs[i].state
                if !(s.isEnded && pos(i) < a), best == nil || s.strength > best!.strength { best = s }
                i += 1
            }
            visited += visitedHere
            cells[c] = LaneCell(state: best, run: i0 == i1 ? i0 : -1, busy: busy)
        }
        return cells
    }

    /// The loop lane: what the loop did in each column, and the blocked band.
    public struct LoopCell: Sendable, Equatable {
        public var activity: TimelineModel.LoopActivity?
        public var blocked: Int?  // index into model.blocked; `model.blocked.count`: the ongoing block
    }

    /// `ongoing`: the running step once it has held the loop for the
    /// slow-callback time (`TimelineModel.ongoingBlock`), drawn after the others.
    public static func sampleLoop(_ model: TimelineModel, _ w: AxisWindow, ongoing: TimelineModel.Blocked? = nil,
                                  visited: inout Int) -> [LoopCell] {
        let runs = model.loopRuns
        let blocked = model.blocked
        let pos: (Int) -> Double = w.axis == .time ? { runs[$0].startTime } : { Double(runs[$0].startStep) }
        var cells = Array(repeating: LoopCell(activity: nil, blocked: nil), count: w.columns)
        for c in 0..<w.columns {
            let (a, b) = w.range(c)
            if a > w.end { break }
            let upTo = countBelow(runs.count, b, pos)
            if upTo > 0 {
                let below = countBelow(runs.count, a, pos)
                let i0 = below == 0 ? 0 : below - 1
                var act = runs[upTo - 1].activity
                for i in max(i0, upTo - scanLimit)..<upTo where runs[i].activity == .running { act = .running }
                visited += min(upTo - i0, scanLimit)
                // The loop idles after its last step until a timer is due: that is waiting.
                if act == .idle, upTo == runs.count, model.readyQueue.isEmpty, model.nextTimerDue != nil { act = .waiting }
                cells[c].activity = act
            }
            // The blocked interval overlapping this column, if any (they do not overlap each other).
            let k: Int
            if w.axis == .time {
                k = countBelow(blocked.count, b) { blocked[$0].startTime } - 1
                if k >= 0, blocked[k].endTime > a || (k >= 0 && blocked[k].startTime >= a) {
                    cells[c].blocked = k
                }
            } else {
                k = countBelow(blocked.count, b) { Double(blocked[$0].step) } - 1
                if k >= 0, Double(blocked[k].step) >= a { cells[c].blocked = k }
            }
            if let o = ongoing {
                let covers = w.axis == .time ? o.startTime < b && o.endTime >= a : Double(o.step) >= a && Double(o.step) < b
                if covers { cells[c].blocked = blocked.count }
            }
            visited += 1
        }
        return cells
    }

    /// How many of the first `n` positions (non-decreasing) are below `x`.
    static func countBelow(_ n: Int, _ x: Double, _ pos: (Int) -> Double) -> Int {
        var lo = 0, hi = n
        while lo < hi {
            let mid = (lo + hi) / 2
            if pos(mid) < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
