import LoopscopeAnalysis
import LoopscopeEngine

/// Boxes drawn over the visualizer: help, task detail, too-small.
enum Overlays {
    static let helpLines: [(String, String)] = [
        ("space  n →", "play / pause · one step (one callback of the ready queue)"),
        ("i  t", "one loop iteration · run until the virtual clock advances"),
        ("b  ←", "back to where the last step or jump began (t i g End play)"),
        ("g N Enter", "go to step N · Home End: the start / end of the run"),
        ("/ text Enter", "find an event (the run moves there; b comes back)"),
        ("p", "predict: press the number of the lane that runs next"),
        ("+ -  r", "speed 0.25×…16× · restart from t=0"),
        ("a  z Z", "axis time / steps · zoom in / out around the playhead"),
        ("Tab  s", "focus the next panel · s shows Source (again: Lesson)"),
        ("↑↓ PgUp PgDn", "lanes, or scroll the focused panel · Home End in panels"),
        ("Enter  e", "task detail · export the whole run (trace + SVG)"),
        ("Esc d  q", "back to the demo picker · quit"),
        ("mouse", "click a lane, click the axis to seek there, wheel scrolls"),
        ("", ""),
        ("Picker", "type to filter · Esc clears (quits when empty) · Ctrl-O file"),
        ("", ""),
        ("Lanes", "█ running  ▒ ready  ─ awaiting  ▓ blocking the loop"),
        ("", "✔ done  ✖ failed  ⊘ cancelled  ! a warning here"),
        ("Loop lane", "█ callback  ┄ timer wait  · idle  ▓ blocked (sleep, ≥0.1s)"),
        ("Source", "▶ the line that runs next  ◆ tasks wait here  ✖ error"),
        ("Changes", "bold underlined: what the last step changed"),
    ]

    static func help(_ buf: inout ScreenBuffer) {
        let w = min(buf.width - 4, 78)
        // On short screens the spacer lines go first, so every key still shows.
        let lines = buf.height - 2 >= helpLines.count + 4 ? helpLines : helpLines.filter { !($0.0.isEmpty && $0.1.isEmpty) }
        let h = min(buf.height - 2, lines.count + 4)
        let r = Rect(x: (buf.width - w) / 2, y: (buf.height - h) / 2, width: w, height: h)
        buf.fill(r)
        buf.box(r, title: "Keys — press any key to close", style: Palette.focusedBorder)
        let top = h - 2 > lines.count ? 2 : 1
        for (k, (key, what)) in lines.prefix(h - 1 - top).enumerated() {
            let y = r.y + top + k
            buf.text(r.x + 2, y, key, Palette.key, maxWidth: 13)
            buf.clippedText(r.x + 16, y, what, .plain, width: r.width - 18)
        }
    }

    static func detail(_ buf: inout ScreenBuffer, _ track: TaskTrack, _ model: TimelineModel) {
        let w = min(buf.width - 6, 90)
        let h = min(buf.height - 4, 22)
        let r = Rect(x: (buf.width - w) / 2, y: (buf.height - h) / 2, width: w, height: h)
        buf.fill(r)
        buf.box(r, title: "\(model.laneLabel(track)) — Esc closes", style: Palette.focusedBorder)
        let inner = Rect(x: r.x + 2, y: r.y + 1, width: r.width - 4, height: r.height - 2)
        var y = inner.y
        func line(_ label: String, _ text: String, _ style: CellStyle = .plain) {
            guard y < inner.maxY else { return }
            buf.text(inner.x, y, label, Palette.muted, maxWidth: 12)
            buf.clippedText(inner.x + 12, y, text, style, width: inner.width - 12)
            y += 1
        }
        let by = track.creator.map { model.taskName($0) } ?? "module-level code"
        line("created", "by \(by)" + (track.createdLine > 0 ? " at line \(track.createdLine)" : "")
            + ", t=\(TimeText.seconds(track.createdTime)), step \(track.createdStep)")
        line("now", track.stateWords, Palette.style(track.state))
        if case .suspended(_, let l) = track.state, l > 0 { line("at", "line \(l)") }
        if !track.awaitedTasks.isEmpty { line("waits on", track.awaitedTasks.map { model.taskName($0) }.joined(separator: ", ")) }
        let sync = model.teaching.sync
        if let o = sync.waitingOn[track.id], let obj = sync.object(o) {
            let holders = obj.holders.map { model.taskName($0) }.joined(separator: ", ")
            line("waits for", model.syncName(o, sourceLines: model.sourceLines) + " (\(obj.kind))"
                + (holders.isEmpty ? "" : ", held by \(holders)"))
        }
        let holds = sync.objects.filter { $0.holders.contains(track.id) }.map { model.syncName($0.id, sourceLines: model.sourceLines) }
        if !holds.isEmpty { line("holds", holds.joined(separator: ", ")) }
        if model.teaching.deadlockCycle.contains(where: { $0.task == track.id }),
           let sentence = model.deadlockSentence(sourceLines: model.sourceLines) {
            for (k, l) in TextWrap.wrap("deadlock: " + sentence, width: inner.width - 12).enumerated() {
                line(k == 0 ? "deadlock" : "", l, Palette.warning)
            }
        }
        if track.cancelRequested { line("cancel", "requested") }
        switch track.state {
        case .done(let r): line("result", r, Palette.style(track.state))
        case .failed(let e): line("exception", e, Palette.style(track.state))
        default: break
        }
        y += 1
        guard y < inner.maxY else { return }
        buf.text(inner.x, y, "history (\(track.runs.count) changes)", Palette.title)
        y += 1
        let room = inner.maxY - y
        guard room > 0 else { return }
        let runs = track.runs.suffix(room)
        if track.runs.count > room {
            buf.text(inner.x, y, "… \(track.runs.count - room + 1) earlier", Palette.muted)
            y += 1
        }
        for run in runs.suffix(inner.maxY - y) {
            buf.text(inner.x, y, "t=\(TimeText.seconds(run.startTime))  step \(run.startStep)", Palette.muted)
            buf.clippedText(inner.x + 24, y, run.state.words, Palette.style(run.state), width: inner.width - 24)
            y += 1
        }
    }

    static func tooSmall(_ buf: inout ScreenBuffer) {
        let lines = ["terminal too small",
                     "\(buf.width)×\(buf.height); Loopscope needs \(VisualizerLayout.minWidth)×\(VisualizerLayout.minHeight)",
                     "enlarge the window · q quits"]
        for (k, l) in lines.enumerated() {
            let y = buf.height / 2 - 1 + k
            let x = max((buf.width - CharWidth.of(l)) / 2, 0)
            buf.text(x, y, l, k == 0 ? Palette.warning : .plain)
        }
    }
}
