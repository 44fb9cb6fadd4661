import LoopscopeEngine

/// Boxes drawn over the visualizer: help, task detail, too-small.
enum Overlays {
    static let helpLines: [(String, String)] = [
        ("space", "play / pause"),
        ("n  →", "one step: exactly one callback of the ready queue"),
        ("i", "one whole loop iteration"),
        ("t", "run until the virtual clock next advances"),
        ("b  ←", "step back one step (replays the run deterministically)"),
        ("+  -", "speed 0.25× … 16× (virtual seconds per real second)"),
        ("r", "restart from t=0"),
        ("a", "axis: virtual time / loop steps"),
        ("Tab", "focus the next panel (shift-Tab: previous)"),
        ("↑ ↓  PgUp PgDn", "select lanes / scroll the focused panel"),
        ("Enter", "task detail for the selected lane"),
        ("e", "export the run (trace and SVG)"),
        ("?", "this help"),
        ("Esc  d", "back to the demo picker"),
        ("q", "quit"),
        ("", ""),
        ("Picker", "type to filter · ↑ ↓ move · Enter open · o open a file"),
        ("", "j k move, q quits, o opens while the filter is empty;"),
        ("", "/ starts a filter that takes every letter · Esc clears it"),
        ("", ""),
        ("Lanes", "█ running  ▒ ready  ─ awaiting  ▓ blocking"),
        ("", "✔ done  ✖ failed  ⊘ cancelled  ┄ loop waits for a timer"),
    ]

    static func help(_ buf: inout ScreenBuffer) {
        let w = min(buf.width - 4, 76)
        // On short screens the spacer lines go first, so every key still shows.
        let lines = buf.height - 2 >= helpLines.count + 4 ? helpLines : helpLines.filter { !($0.0.isEmpty && $0.1.isEmpty) }
        let h = min(buf.height - 2, lines.count + 4)
        let r = Rect(x: (buf.width - w) / 2, y: (buf.height - h) / 2, width: w, height: h)
        buf.fill(r)
        buf.box(r, title: "Keys — press any key to close", style: Palette.focusedBorder)
        let top = h - 2 > lines.count ? 2 : 1
        for (k, (key, what)) in lines.prefix(h - 1 - top).enumerated() {
            let y = r.y + top + k
            buf.text(r.x + 2, y, key, Palette.key, maxWidth: 16)
            buf.clippedText(r.x + 19, y, what, .plain, width: r.width - 21)
        }
    }

    static func detail(_ buf: inout ScreenBuffer, _ track: TaskTrack, _ model: TimelineModel) {
        let w = min(buf.width - 6, 90)
        let h = min(buf.height - 4, 22)
        let r = Rect(x: (buf.width - w) / 2, y: (buf.height - h) / 2, width: w, height: h)
        buf.fill(r)
        buf.box(r, title: "\(track.label) — Esc closes", style: Palette.focusedBorder)
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
