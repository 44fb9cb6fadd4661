import LoopscopeEngine

/// Which axis a timeline is drawn along.
public enum TimelineAxis: String, Sendable, CaseIterable {
    /// Virtual seconds.
    case time
    /// One column per callback of the ready queue, so zero-time interleavings show.
    case steps
}

/// What one column of a lane shows, strongest last: when several states fall
/// in one column the strongest wins, so a zero-length step is never hidden.
enum CellState: Int, Comparable {
    case empty, awaiting, ready, running, blocking, cancelled, failed, done

    static func < (a: CellState, b: CellState) -> Bool { a.rawValue < b.rawValue }

    init(_ state: LaneState) {
        switch state {
        case .awaiting: self = .awaiting
        case .ready: self = .ready
        case .running: self = .running
        case .blocking: self = .blocking
        }
    }

    init(_ end: LaneEnd) {
        switch end {
        case .done: self = .done
        case .failed: self = .failed
        case .cancelled: self = .cancelled
        }
    }
}

/// Maps a run onto `columns` columns along an axis; shared by the text and
/// SVG timelines so both agree on what each column shows.
struct LaneRaster {
    let axis: TimelineAxis
    let columns: Int
    let history: RunHistory

    /// The axis's extent: seconds or steps (at least 1, so an instant run still draws).
    var extent: Double {
        switch axis {
        case .time: return max(history.endTime, 1e-9)
        case .steps: return Double(max(history.stepCount, 1))
        }
    }

    /// Positions 0...scale are the axis; the column after it is kept free so
    /// a task that ends at the very end still shows its end mark.
    var scale: Double { Double(max(columns - 2, 1)) }

    func column(ofTime t: Double, step: Int) -> Int {
        let x = axis == .time ? t : Double(step)
        let c = Int((x / extent * scale).rounded(.down))
        return min(max(c, 0), columns - 1)
    }

    /// The columns a span covers: [first, last], at least one column.
    func columns(of span: LaneSpan) -> ClosedRange<Int> {
        let first = column(ofTime: span.startTime, step: span.startStep)
        // On the steps axis a span fills the columns up to where the next step starts.
        var last = axis == .time ? column(ofTime: span.endTime, step: 0) : column(ofTime: 0, step: span.endStep) - 1
        // A span ending exactly on a column boundary does not spill into the next column.
        if axis == .time, last > first, span.endTime / extent * scale == Double(last) { last -= 1 }
        return first...max(first, last)
    }

    func cells(for lane: TaskLane) -> [CellState] {
        var cells = Array(repeating: CellState.empty, count: columns)
        for span in lane.spans {
            let state = CellState(span.state)
            for c in columns(of: span) where cells[c] < state { cells[c] = state }
        }
        if let end = lane.end, let t = lane.endTime {
            // The end mark goes right after the lane's last drawn column when there is room.
            let last = lane.spans.last.map { columns(of: $0).upperBound } ?? column(ofTime: t, step: 0)
            cells[min(last + 1, columns - 1)] = CellState(end)
        }
        return cells
    }

    func loopCells() -> [CellState] {
        var cells = Array(repeating: CellState.empty, count: columns)
        for cb in history.callbacks {
            let span = LaneSpan(state: .running, startTime: cb.startTime, endTime: cb.endTime,
                                startStep: cb.step, endStep: cb.step + 1)
            for c in columns(of: span) where cells[c] < .running { cells[c] = .running }
        }
        for b in history.blocked {
            let span = LaneSpan(state: .blocking(b.by, line: b.line), startTime: b.startTime, endTime: b.endTime,
                                startStep: b.step, endStep: b.step + 1)
            for c in columns(of: span) { cells[c] = .blocking }
        }
        return cells
    }

    /// Tick positions and labels: "nice" values (1, 2, 5 × 10ⁿ) at least
    /// `minGap` columns apart.
    func ticks(minGap: Int) -> [(column: Int, label: String)] {
        let perColumn = extent / scale
        let raw = perColumn * Double(minGap)
        var unit = 1.0
        while unit > raw { unit /= 10 }
        while unit * 10 <= raw { unit *= 10 }
        let step = [1.0, 2.0, 5.0, 10.0].map { $0 * unit }.first { $0 >= raw } ?? unit * 10
        var result: [(Int, String)] = []
        var value = 0.0
        var i = 0
        while value <= extent + step * 1e-9 {
            let c = Int((value / extent * scale).rounded())
            if c <= columns { result.append((c, label(value))) }
            i += 1
            value = Double(i) * step
        }
        return result
    }

    func label(_ value: Double) -> String {
        switch axis {
        case .steps: return String(Int(value.rounded()))
        case .time: return TimeText.short(value)
        }
    }
}

enum TimeText {
    /// `0s`, `0.5s`, `1.25s`: the fewest decimals that show the value.
    static func short(_ seconds: Double) -> String {
        for decimals in 0...6 {
            let scale = pow10(decimals)
            let r = (seconds * scale).rounded() / scale
            if abs(r - seconds) < 1e-9 { return fixed(seconds, decimals) + "s" }
        }
        return fixed(seconds, 6) + "s"
    }

    /// `1.250` for 3 decimals, without Foundation.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        let scale = pow10(decimals)
        let scaled = Int64((abs(value) * scale).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let whole = scaled / Int64(scale)
        guard decimals > 0 else { return sign + String(whole) }
        let frac = String(scaled % Int64(scale))
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - frac.count) + frac
    }

    private static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }
}
