import LoopscopeEngine

/// The swimlanes as a standalone SVG picture for docs and slides: lanes,
/// state colours, the axis, task labels, and what each await waits on as a
/// tooltip (`<title>`).
public struct SVGTimeline {
    public var axis: TimelineAxis = .time
    /// Width of the plotting area in pixels.
    public var graphWidth = 720
    /// "virtual" or "real" (a recording of real python3), as in the title.
    public var clock = "virtual"

    public init(axis: TimelineAxis = .time, graphWidth: Int = 720, clock: String = "virtual") {
        self.axis = axis
        self.graphWidth = graphWidth
        self.clock = clock
    }

    static let labelWidth = 230
    static let summaryWidth = 230
    static let laneHeight = 26
    static let top = 64

    public func render(_ history: RunHistory) -> String {
        let raster = LaneRaster(axis: axis, columns: graphWidth, history: history)
        let width = Self.labelWidth + graphWidth + Self.summaryWidth
        let height = Self.top + (history.programLanes.count + 1) * Self.laneHeight + 48
        var body: [String] = []
        body.append(text(12, 22, "\(history.file) — \(TimeText.fixed(history.endTime, 3)) s \(clock), \(history.stepCount) steps",
                         cls: "title"))
        body += axisElements(raster, height: height)
        body += loopLane(history, raster)
        for (i, lane) in history.programLanes.enumerated() {
            body += taskLane(lane, row: i + 1, raster)
        }
        body += legend(y: height - 18)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="DejaVu Sans Mono, Menlo, monospace" font-size="12">
            <style>
            .title{font-size:14px;font-weight:bold;fill:#222}.label{fill:#222}.summary{fill:#555}.tick{fill:#666;font-size:10px}
            .grid{stroke:#e4e4e4;stroke-width:1}.lane{fill:#fafafa}.running{fill:#2e7d32}.ready{fill:#f9a825}
            .awaiting{fill:#90a4ae}.blocking{fill:#ef6c00}.blocked{fill:#ef6c00;fill-opacity:0.35}
            .done{fill:#2e7d32}.failed{fill:#c62828}.cancelled{fill:#6a1b9a}
            </style>
            <rect width="100%" height="100%" fill="white"/>
            \(body.joined(separator: "\n"))
            </svg>

            """
    }

    private func x(_ column: Int) -> Int { Self.labelWidth + column }
    private func laneY(_ row: Int) -> Int { Self.top + row * Self.laneHeight }

    private func axisElements(_ raster: LaneRaster, height: Int) -> [String] {
        var out: [String] = []
        for tick in raster.ticks(minGap: 70) {
            out.append(#"<line class="grid" x1="\#(x(tick.column))" y1="\#(Self.top - 8)" x2="\#(x(tick.column))" y2="\#(height - 34)"/>"#)
            out.append(text(x(tick.column) - 4, Self.top - 14, tick.label, cls: "tick"))
        }
        return out
    }

    private func loopLane(_ history: RunHistory, _ raster: LaneRaster) -> [String] {
        let y = laneY(0)
        var out = [#"<rect class="lane" x="\#(x(0))" y="\#(y + 3)" width="\#(graphWidth)" height="\#(Self.laneHeight - 6)"/>"#,
                   text(8, y + 17, "event loop", cls: "label")]
        for b in history.blocked {
            let span = LaneSpan(state: .blocking(b.by, line: b.line), startTime: b.startTime, endTime: b.endTime,
                                startStep: b.step, endStep: b.step + 1)
            let cols = raster.columns(of: span)
            let who = b.task.flatMap { history.lane($0)?.name }.map { " in \($0)" } ?? ""
            let at = b.line > 0 ? " at line \(b.line)" : ""
            let tip = "loop blocked by \(b.by)\(who)\(at), \(TimeText.fixed(b.startTime, 3))–\(TimeText.fixed(b.endTime, 3)) s"
            out.append(rect(cols, y: y + 3, height: Self.laneHeight - 6, cls: "blocked", tip: tip))
        }
        out.append(text(x(graphWidth) + 10, y + 17, TextTimeline().loopSummary(history), cls: "summary"))
        return out
    }

    private func taskLane(_ lane: TaskLane, row: Int, _ raster: LaneRaster) -> [String] {
        let y = laneY(row)
        var out = [#"<rect class="lane" x="\#(x(0))" y="\#(y + 3)" width="\#(graphWidth)" height="\#(Self.laneHeight - 6)"/>"#,
                   text(8, y + 17, lane.label, cls: "label")]
        for span in lane.spans {
            let (cls, inset, what): (String, Int, String)
            switch span.state {
            case .running: (cls, inset, what) = ("running", 4, "running")
            case .ready: (cls, inset, what) = ("ready", 8, "ready")
            case .awaiting(let a, let line): (cls, inset, what) = ("awaiting", 10, "awaiting \(a) (line \(line))")
            case .blocking(let b, let line): (cls, inset, what) = ("blocking", 4, "blocking in \(b) (line \(line))")
            }
            let tip = "\(lane.label): \(what), \(TimeText.fixed(span.startTime, 3))–\(TimeText.fixed(span.endTime, 3)) s, steps \(span.startStep)–\(span.endStep)"
            out.append(rect(raster.columns(of: span), y: y + inset, height: Self.laneHeight - 2 * inset, cls: cls, tip: tip))
        }
        if let end = lane.end, let t = lane.endTime {
            let step = max((lane.spans.last?.endStep ?? 1) - 1, 0)
            let c = raster.column(ofTime: t, step: step)
            let cls: String
            switch end { case .done: cls = "done"; case .failed: cls = "failed"; case .cancelled: cls = "cancelled" }
            out.append(#"<circle class="\#(cls)" cx="\#(x(c) + 4)" cy="\#(y + Self.laneHeight / 2)" r="4"><title>\#(escape(lane.label + ": " + end.word))</title></circle>"#)
        }
        out.append(text(x(graphWidth) + 10, y + 17, TextTimeline().summary(lane), cls: "summary"))
        return out
    }

    private func rect(_ cols: ClosedRange<Int>, y: Int, height: Int, cls: String, tip: String) -> String {
        let w = max(cols.upperBound - cols.lowerBound + 1, 2)
        return #"<rect class="\#(cls)" x="\#(x(cols.lowerBound))" y="\#(y)" width="\#(w)" height="\#(max(height, 2))"><title>\#(escape(tip))</title></rect>"#
    }

    private func legend(y: Int) -> [String] {
        // Blocking has its own colour (orange), apart from failed (red), and both
        // the task's blocking stretch and the loop's blocked band are listed.
        let items = [("running", "running"), ("ready", "ready"), ("awaiting", "awaiting"),
                     ("blocking", "blocking the loop"), ("blocked", "loop blocked (time.sleep, or a step of 0.1 s or more)"),
                     ("done", "done"), ("failed", "failed"), ("cancelled", "cancelled")]
        var out: [String] = []
        var px = 12
        for (cls, name) in items {
            out.append(#"<rect class="\#(cls)" x="\#(px)" y="\#(y - 10)" width="12" height="12"/>"#)
            out.append(text(px + 16, y, name, cls: "summary"))
            px += 30 + name.count * 8
        }
        return out
    }

    private func text(_ x: Int, _ y: Int, _ s: String, cls: String) -> String {
        #"<text class="\#(cls)" x="\#(x)" y="\#(y)">\#(escape(s))</text>"#
    }

    func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 forbids most control characters, even escaped.
                if let a = ch.asciiValue, a < 0x20, ch != "\t", ch != "\n" { out += "?" } else { out.append(ch) }
            }
        }
        return out
    }
}
