import LoopscopeAnalysis
import LoopscopeEngine

/// The lanes: an axis row, the loop lane, then one lane per task, each with
/// its label, its states along the axis, and its current state in words.
struct SwimlaneView {
    let model: TimelineModel
    let playhead: Double
    let view: ViewState
    let focused: Bool
    /// Where the last step began: its lane and the states it flipped are highlighted.
    var mark = ChangeMark()

    static func labelWidth(_ model: TimelineModel, total: Int, numbered: Bool = false) -> Int {
        // Labels of the lanes on screen would do, but the widest of the first
        // tasks keeps columns steady while scrolling without scanning 10,000.
        var widest = 10
        for t in model.tasks.prefix(64) { widest = max(widest, CharWidth.of(model.laneLabel(t))) }
        // A quarter of the width: room for `Task-3 worker(2)` at 80 columns.
        return min(widest + 1 + (numbered ? 2 : 0), max(total / 4, 12 + (numbered ? 2 : 0)))
    }

    struct Geometry {
        var labelWidth: Int
        var barsX: Int
        var wordsX: Int
        var window: AxisWindow
    }

    /// Where the label, bar and words columns go inside the lanes' box (the mouse uses it too).
    static func geometry(_ model: TimelineModel, box rect: Rect, view: ViewState, playhead: Double) -> Geometry {
        let inner = rect.inner
        let labelW = labelWidth(model, total: inner.width, numbered: view.predict != nil)
        let firstLane = min(max(view.laneScroll, 0), max(model.tasks.count - 1, 0))
        let wordsW = wordsWidth(model, first: firstLane, rows: inner.height - 2, total: inner.width,
                                loopWords: loopWords(model, at: playhead))
        let barsX = inner.x + labelW
        let barsW = max(inner.width - labelW - wordsW - 1, 4)
        let w = AxisWindow.fit(axis: view.axis, model: model, playhead: playhead, columns: barsW, zoom: view.zoom)
        return Geometry(labelWidth: labelW, barsX: barsX, wordsX: barsX + barsW + 1, window: w)
    }

    /// Wide enough for the visible lanes' words (within a third of the box).
    static func wordsWidth(_ model: TimelineModel, first: Int, rows: Int, total: Int, loopWords: String) -> Int {
        var widest = max(22, CharWidth.of(loopWords))
        let end = min(first + max(rows, 0), model.tasks.count)
        if first < end { for i in first..<end { widest = max(widest, CharWidth.of(model.tasks[i].stateWords)) } }
        return min(widest + 1, total / 3)
    }

    /// Draws into `rect` (the box). Returns the number of task rows shown.
    @discardableResult
    func draw(_ buf: inout ScreenBuffer, _ rect: Rect, visited: inout Int) -> Int {
        let zoom = view.zoom > 1 ? " · zoom \(Int(view.zoom))×" : ""
        let title = "Tasks (\(model.tasks.count)) · axis: \(view.axis == .time ? "time" : "steps")\(zoom)"
        buf.box(rect, title: title, style: focused ? Palette.focusedBorder : Palette.border)
        let inner = rect.inner
        guard inner.height >= 2, inner.width >= 20 else { return 0 }
        let g = Self.geometry(model, box: rect, view: view, playhead: playhead)
        let labelW = g.labelWidth, barsX = g.barsX, wordsX = g.wordsX, w = g.window

        drawAxis(&buf, x: barsX, y: inner.y, window: w, labelWidth: labelW, inner: inner)
        drawLoopLane(&buf, y: inner.y + 1, labelX: inner.x, labelW: labelW, barsX: barsX, window: w,
                     wordsX: wordsX, wordsW: inner.maxX - wordsX, visited: &visited)

        let rows = inner.height - 2
        guard rows > 0 else { return 0 }
        if model.tasks.isEmpty {
            let note = model.isFinished
                ? "no tasks: the program ended without running an event loop"
                : "no tasks yet · the module runs until asyncio.run() starts the loop"
            buf.text(inner.x, inner.y + 2, note, Palette.muted, maxWidth: inner.width)
            return rows
        }
        let first = min(max(view.laneScroll, 0), max(model.tasks.count - 1, 0))
        for r in 0..<rows {
            let i = first + r
            guard i < model.tasks.count else { break }
            let track = model.tasks[i]
            let y = inner.y + 2 + r
            let selected = focused && i == view.selectedLane
            // The lane that ran in the last step, and states that step flipped, stand out.
            let ran = mark.seq != Int.max && model.teaching.lastRan == track.id && model.teaching.lastRanWasTask
            let flipped = mark.isNew(seq: track.runs.last?.startSeq ?? -1)
            var label = model.laneLabel(track)
            if view.predict != nil { label = (i < 9 ? "\(i + 1) " : "  ") + label }
            let labelStyle = selected ? Palette.selected : (ran ? Palette.changed(Palette.label) : Palette.label)
            buf.clippedText(inner.x, y, label, labelStyle, width: labelW - 1)
            drawLane(&buf, track, x: barsX, y: y, window: w, visited: &visited)
            let wordsStyle = track.notYielded != nil ? Palette.warning : Palette.style(track.state)
            buf.clippedText(wordsX, y, track.stateWords, flipped ? Palette.changed(wordsStyle) : wordsStyle,
                            width: inner.maxX - wordsX)
        }
        if model.tasks.count > rows {
            let more = "\(first + 1)–\(min(first + rows, model.tasks.count)) of \(model.tasks.count)"
            buf.text(rect.maxX - CharWidth.of(more) - 3, rect.maxY - 1, " \(more) ", Palette.muted)
        }
        return rows
    }

    private func drawAxis(_ buf: inout ScreenBuffer, x: Int, y: Int, window w: AxisWindow, labelWidth: Int, inner: Rect) {
        buf.text(inner.x, y, w.axis == .time ? "time →" : "step →", Palette.muted, maxWidth: labelWidth - 1)
        for c in 0..<w.columns { buf.set(x + c, y, "─", Palette.muted) }
        let span = Double(w.columns) * w.unit
        // About one tick per 12 columns, on a nice step.
        let rough = span / max(Double(w.columns) / 12, 1)
        let tick = max(AxisWindow.tickStep(rough), w.axis == .steps ? 1 : 1e-6)
        var t = (w.start / tick).rounded(.up) * tick
        var lastEnd = -1
        while t < w.start + span - 1e-9 {
            let c = Int(((t - w.start) / w.unit).rounded())
            let label = w.axis == .time ? TimeText.tick(t) : String(Int(t))
            if c > lastEnd, c + CharWidth.of(label) < w.columns {
                buf.set(x + c, y, "┬", Palette.muted)
                buf.text(x + c + 1, y, label, Palette.muted)
                lastEnd = c + CharWidth.of(label) + 1
            }
            t += tick
        }
    }

    private func drawLoopLane(_ buf: inout ScreenBuffer, y: Int, labelX: Int, labelW: Int, barsX: Int,
                              window w: AxisWindow, wordsX: Int, wordsW: Int, visited: inout Int) {
        buf.clippedText(labelX, y, "event loop", Palette.label, width: labelW - 1)
        let ongoing = model.ongoingBlock(at: playhead)
        let cells = LaneSampler.sampleLoop(model, w, ongoing: ongoing, visited: &visited)
        var c = 0
        while c < cells.count {
            let cell = cells[c]
            if let k = cell.blocked {
                // A band across the lane, labelled where it fits.
                var end = c
                while end + 1 < cells.count, cells[end + 1].blocked == k { end += 1 }
                for x in c...end { buf.set(barsX + x, y, "▓", Palette.blocked) }
                guard let band = k < model.blocked.count ? model.blocked[k] : ongoing else { c = end + 1; continue }
                let label = blockedText(band)
                if end - c + 1 >= 12 { buf.clippedText(barsX + c + 1, y, label, Palette.blocked.withReverse(), width: end - c - 1) }
                c = end + 1
                continue
            }
            switch cell.activity {
            case .running?: buf.set(barsX + c, y, "█", Palette.loopRunning)
            case .waiting?: buf.set(barsX + c, y, "┄", Palette.loopWaiting)
            case .idle?: buf.set(barsX + c, y, "·", Palette.loopWaiting)
            case nil: break
            }
            c += 1
        }
        let words = Self.loopWords(model, at: playhead)
        buf.clippedText(wordsX, y, words, words.hasPrefix("loop blocked") ? Palette.blocked : Palette.muted, width: wordsW)
    }

    private func blockedText(_ b: TimelineModel.Blocked) -> String { Self.blockedText(model, b) }

    static func blockedText(_ model: TimelineModel, _ b: TimelineModel.Blocked) -> String {
        "loop blocked by \(b.by) in \(model.taskName(b.task))"
    }

    /// `time`: the playhead, which may be inside a step being animated.
    static func loopWords(_ model: TimelineModel, at time: Double? = nil) -> String {
        let blockedText = { (b: TimelineModel.Blocked) in Self.blockedText(model, b) }
        if let b = model.ongoingBlock(at: max(time ?? model.now, model.now)) { return blockedText(b) }
        if let b = model.blocked.last, let r = model.running, b.task == r.task, b.endTime >= model.now {
            return blockedText(b)
        }
        if let last = model.blocked.last, last.endTime == model.now, model.running == nil, !model.isFinished {
            return blockedText(last)
        }
        if model.isFinished { return "finished (exit \(model.exitCode ?? 0))" }
        if let r = model.running { return "running \(r.description)" }
        if !model.loopActive { return model.stepCount == 0 ? "not started" : "closed" }
        if !model.readyQueue.isEmpty { return "\(model.readyQueue.count) ready" }
        if let due = model.nextTimerDue { return "waiting until t=\(TimeText.seconds(due))" }
        return "idle"
    }

    private func drawLane(_ buf: inout ScreenBuffer, _ track: TaskTrack, x: Int, y: Int, window w: AxisWindow,
                          visited: inout Int) {
        let cells = LaneSampler.sample(track, w, visited: &visited)
        var c = 0
        while c < cells.count {
            guard let state = cells[c].state else { c += 1; continue }
            let glyph = cells[c].busy && !state.isEnded ? "█" : Palette.glyph(state)
            buf.set(x + c, y, glyph, Palette.style(state))
            // A long suspension carries its await label.
            if case .suspended(let what, _) = state, cells[c].run >= 0 {
                var end = c
                while end + 1 < cells.count, cells[end + 1].run == cells[c].run, cells[end + 1].state == state { end += 1 }
                for k in c...end { buf.set(x + k, y, "─", Palette.style(state)) }
                let len = end - c + 1
                if len >= CharWidth.of(what) + 2 {
                    buf.text(x + c + 1, y, what, Palette.style(state).with(fg: .cyan))
                }
                c = end + 1
                continue
            }
            c += 1
        }
        drawWarningMarks(&buf, track, x: x, y: y, window: w)
    }

    /// A lint or warning shows as `!` on the lane where it happened.
    private func drawWarningMarks(_ buf: inout ScreenBuffer, _ track: TaskTrack, x: Int, y: Int, window w: AxisWindow) {
        guard let marks = model.warningMarks[track.id], !marks.isEmpty else { return }
        let pos: (Int) -> Double = w.axis == .time ? { marks[$0].time } : { Double(marks[$0].step) }
        let first = LaneSampler.countBelow(marks.count, w.start, pos)
        var i = first
        var lastColumn = -1
        while i < marks.count, i < first + 64 {
            let c = w.column(of: pos(i))
            if c >= w.columns { break }
            // Keep the lane's end mark visible: the warning goes just before it.
            let ends: Set<Character> = ["✔", "✖", "⊘"]
            let col = c > 0 && ends.contains(buf[x + c, y].char) ? c - 1 : c
            if col != lastColumn, col >= 0 { buf.set(x + col, y, "!", Palette.warning.withReverse()) }
            lastColumn = c > 0 && ends.contains(buf[x + c, y].char) ? c - 1 : c
            i += 1
        }
    }
}
