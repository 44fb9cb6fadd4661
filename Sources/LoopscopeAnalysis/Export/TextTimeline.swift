import LoopscopeEngine

/// Text swimlanes for CI logs and people without a TTY: one row per task,
/// its states along the axis, how it ended, a scale and a legend.
public struct TextTimeline {
    public var width: Int = 100
    public var axis: TimelineAxis = .time
    public var ascii = false
    /// How the run's clock is named: "virtual" (the engine, vclock.py) or
    /// "real" (a recording of real python3).
    public var clock = "virtual"

    public init(width: Int = 100, axis: TimelineAxis = .time, ascii: Bool = false, clock: String = "virtual") {
        self.width = width
        self.axis = axis
        self.ascii = ascii
        self.clock = clock
    }

    public func render(_ history: RunHistory) -> String {
        // A run where no virtual time passes (pure CPU work, sleep(0) only)
        // has nothing to show along time: every callback happened at 0 s.
        if axis == .time && history.endTime == 0 && history.stepCount > 0 {
            var steps = self
            steps.axis = .steps
            return steps.render(history)
        }
        let text = draw(history)
        return ascii ? Self.asciiOnly(text) : text
    }

    /// The few non-ASCII characters the frame itself uses.
    static func asciiOnly(_ text: String) -> String {
        text.replacingOccurrences(of: "—", with: "-")
            .replacingOccurrences(of: "→", with: "->")
            .replacingOccurrences(of: "…", with: "~")
    }

    private func draw(_ history: RunHistory) -> String {
        let labels = ["event loop"] + history.programLanes.map(\.label)
        let summaries = [loopSummary(history)] + history.programLanes.map(summary)
        // Display columns, not characters: a wide (CJK, emoji) name takes two per character.
        let labelWidth = min(max(labels.map(DisplayWidth.of).max() ?? 0, 10), 28)
        let summaryWidth = min(summaries.map(DisplayWidth.of).max() ?? 0, 36)
        let columns = max(width - labelWidth - summaryWidth - 4, 10)
        let raster = LaneRaster(axis: axis, columns: columns, history: history)

        var out = header(history) + "\n"
        let pad = String(repeating: " ", count: labelWidth + 2)
        let (scale, rule) = scaleLines(raster)
        out += pad + scale + "\n" + pad + rule + "\n"
        out += row(labels[0], labelWidth, raster.loopCells(), loop: true, summaries[0], summaryWidth)
        for (i, lane) in history.programLanes.enumerated() {
            out += row(labels[i + 1], labelWidth, raster.cells(for: lane), loop: false, summaries[i + 1], summaryWidth)
        }
        out += "\n" + legend + "\n"
        return out
    }

    func header(_ history: RunHistory) -> String {
        let time = TimeText.fixed(history.endTime, 3)
        let steps = history.stepCount == 1 ? "1 step" : "\(history.stepCount) steps"
        let tasks = history.programLanes.count == 1 ? "1 task" : "\(history.programLanes.count) tasks"
        let exit = history.exitCode.map { ", exit \($0)" } ?? ""
        let along = axis == .time ? "\(clock) time" : (history.endTime == 0 ? "loop steps (no \(clock) time passed)" : "loop steps")
        return "\(history.file): \(time) s \(clock), \(steps), \(tasks)\(exit) — along \(along)"
    }

    private func scaleLines(_ raster: LaneRaster) -> (String, String) {
        var scale = Array(repeating: Character(" "), count: raster.columns + 8)
        var rule = Array(repeating: Character(ascii ? "-" : "─"), count: raster.columns)
        for tick in raster.ticks(minGap: 10) {
            let label = Array(tick.label)
            if tick.column + label.count <= scale.count {
                for (k, ch) in label.enumerated() { scale[tick.column + k] = ch }
            }
            if tick.column < raster.columns { rule[tick.column] = ascii ? "|" : "┬" }
        }
        return (String(scale).trimmedRight, String(rule))
    }

    private func row(_ label: String, _ labelWidth: Int, _ cells: [CellState], loop: Bool,
                     _ summary: String, _ summaryWidth: Int) -> String {
        let name = DisplayWidth.of(label) > labelWidth ? DisplayWidth.prefix(label, labelWidth - 1) + "…" : label
        let graph = String(cells.map { glyph($0, loop: loop) })
        let tail = DisplayWidth.of(summary) > summaryWidth ? DisplayWidth.prefix(summary, summaryWidth - 1) + "…" : summary
        return (name.padded(to: labelWidth) + "  " + graph + "  " + tail).trimmedRight + "\n"
    }

    func glyph(_ cell: CellState, loop: Bool) -> Character {
        switch cell {
        case .empty: return loop ? (ascii ? "." : "·") : " "
        case .awaiting: return ascii ? "-" : "─"
        case .ready: return ascii ? ":" : "▒"
        case .running: return ascii ? "#" : "█"
        case .blocking: return ascii ? "X" : "▓"
        case .done: return ascii ? "*" : "✔"
        case .failed: return ascii ? "!" : "✖"
        case .cancelled: return ascii ? "/" : "⊘"
        }
    }

    var legend: String {
        let items: [(CellState, String)] = [(.running, "running"), (.ready, "ready"), (.awaiting, "awaiting"),
                                            (.blocking, "loop blocked (time.sleep, or a step of 0.1 s or more)"), (.done, "done"), (.failed, "failed"),
                                            (.cancelled, "cancelled")]
        return "Legend: " + items.map { "\(glyph($0.0, loop: false)) \($0.1)" }.joined(separator: "  ")
    }

    func summary(_ lane: TaskLane) -> String {
        if let end = lane.end { return end.word }
        if let last = lane.spans.last { return last.state.word }
        return "created"
    }

    func loopSummary(_ history: RunHistory) -> String {
        guard let longest = history.blocked.max(by: { ($0.endTime - $0.startTime) < ($1.endTime - $1.startTime) }) else {
            return ""
        }
        let who = longest.task.flatMap { history.lane($0)?.name }.map { " in \($0)" } ?? ""
        return "blocked by \(longest.by)\(who)"
    }
}

extension String {
    func padded(to width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self : self + String(repeating: " ", count: width - w)
    }

    var trimmedRight: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
