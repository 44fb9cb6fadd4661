import LoopscopeAnalysis

/// The stretch of the run the lanes show: column `c` covers positions
/// `[start + c·unit, start + (c+1)·unit)`, in seconds or loop steps.
public struct AxisWindow: Sendable, Equatable {
    public var axis: TimelineAxis
    public var start: Double
    public var unit: Double
    public var columns: Int
    /// The position of "now": columns after it are the future and stay blank.
    public var end: Double

    public func range(_ column: Int) -> (Double, Double) {
        let a = start + Double(column) * unit
        return (a, a + unit)
    }

    public func column(of position: Double) -> Int {
        Int(((position - start) / unit).rounded(.down))
    }

    /// Time: the whole run so far, scaled to a "nice" span that grows as the
    /// clock does; zoomed in (`zoom` > 1), a narrower span centred on the
    /// playhead. Steps: the whole run fitted to the width (one column per
    /// step while they fit); zoomed in, fewer steps ending at the latest.
    public static func fit(axis: TimelineAxis, model: TimelineModel, playhead: Double, columns: Int,
                           zoom: Double = 1) -> AxisWindow {
        let cols = max(columns, 1)
        let z = max(zoom, 1)
        switch axis {
        case .time:
            let whole = niceCeiling(max(playhead * 1.08, 1.0))
            guard z > 1 else { return AxisWindow(axis: .time, start: 0, unit: whole / Double(cols), columns: cols, end: playhead) }
            let unit = whole / z / Double(cols)
            let start = max(((playhead - unit * Double(cols) / 2) / unit).rounded(.down) * unit, 0)
            return AxisWindow(axis: .time, start: start, unit: unit, columns: cols, end: playhead)
        case .steps:
            let total = model.stepCount + 1
            let shown = max(Int((Double(total) / z).rounded(.up)), 1)
            let unit = max((shown + cols - 1) / cols, 1)
            let start = max(total - unit * cols, 0)
            return AxisWindow(axis: .steps, start: Double(start - start % unit), unit: Double(unit), columns: cols,
                              end: Double(model.stepCount))
        }
    }

    /// 1, 2, 2.5, 5 × 10ⁿ: the smallest not below `x` (tick spacing).
    static func tickStep(_ x: Double) -> Double {
        let n = niceCeiling(x)
        var p = 1.0
        while p * 10 <= n { p *= 10 }
        while p > n { p /= 10 }
        for m in [1.0, 2, 2.5, 5, 10] where m * p >= n - 1e-12 { return m * p }
        return 10 * p
    }

    /// 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ: the smallest not below `x`.
    static func niceCeiling(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        var p = 1.0
        while p * 10 <= x { p *= 10 }
        while p > x { p /= 10 }
        for m in [1.0, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where m * p >= x - 1e-12 { return m * p }
        return 10 * p
    }
}
