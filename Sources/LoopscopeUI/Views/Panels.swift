import LoopscopeEngine

/// The smaller panels. Each draws inside a rect (already boxed by the
/// caller) from the model's indexed state, touching only what is visible.
enum Panels {
    static func loop(_ buf: inout ScreenBuffer, _ r: Rect, _ model: TimelineModel) {
        guard r.height > 0 else { return }
        var y = r.y
        func line(_ label: String, _ text: String, _ style: CellStyle = .plain) {
            guard y < r.maxY else { return }
            buf.text(r.x, y, label, Palette.muted, maxWidth: r.width)
            buf.clippedText(r.x + 9, y, text, style, width: r.width - 9)
            y += 1
        }
        line("iter", "\(model.iteration) · step \(model.stepCount)")
        line("running", model.running?.description ?? "—", model.running == nil ? Palette.muted : CellStyle(fg: .green, bold: true))
        let ready = model.readyQueue.prefix(max(r.width / 8, 4))
        let readyText = ready.isEmpty ? "—" : ready.map(\.description).joined(separator: " · ")
        line("ready(\(model.readyQueue.count))", readyText, CellStyle(fg: .yellow))
        let room = r.maxY - y
        if room > 0 {
            let timers = model.earliestTimers(room)
            if timers.isEmpty {
                line("timers", "—", Palette.muted)
            } else {
                for (k, t) in timers.enumerated() {
                    let wakes = t.task.map { " → \(model.taskName($0))" } ?? ""
                    let more = k == room - 1 && model.timers.count > room ? " (+\(model.timers.count - room) more)" : ""
                    line(k == 0 ? "timers" : "", "t=\(TimeText.seconds(t.due)) \(t.description)\(wakes)\(more)")
                }
            }
        }
    }

    static func output(_ buf: inout ScreenBuffer, _ r: Rect, _ model: TimelineModel, scroll: Int) {
        guard r.height > 0 else { return }
        if model.output.isEmpty {
            buf.text(r.x, r.y, "(nothing printed yet)", Palette.muted, maxWidth: r.width)
            return
        }
        let last = max(model.output.count - min(scroll, model.output.count - 1), 1)
        let first = max(last - r.height, 0)
        let tagged = r.width >= 40
        for (k, i) in (first..<last).enumerated() {
            let l = model.output[i]
            var x = r.x
            if tagged {
                let tag = model.taskName(l.task)
                x += buf.clippedText(x, r.y + k, tag, Palette.muted, width: 8)
                x = r.x + 9
            }
            buf.clippedText(x, r.y + k, l.text, l.stream == .stderr ? Palette.stderr : .plain, width: r.maxX - x)
        }
    }

    static func log(_ buf: inout ScreenBuffer, _ r: Rect, _ model: TimelineModel, scroll: Int) {
        guard r.height > 0 else { return }
        let events = model.recent.last(r.height + scroll)
        let shown = events.prefix(max(events.count - scroll, 0)).suffix(r.height)
        for (k, e) in shown.enumerated() {
            let prefix = TimeText.seconds(e.time) + " "
            buf.text(r.x, r.y + k, prefix, Palette.muted, maxWidth: r.width)
            buf.clippedText(r.x + prefix.count, r.y + k, EventText.describe(e, model), .plain, width: r.width - prefix.count)
        }
    }

    static func lesson(_ buf: inout ScreenBuffer, _ r: Rect, _ info: ProgramInfo, scroll: Int) {
        guard r.height > 0 else { return }
        var lines: [(String, CellStyle)] = []
        if let title = info.title { lines += TextWrap.wrap(title, width: r.width).map { ($0, Palette.title) } }
        if let lesson = info.lesson {
            lines += TextWrap.wrap(TextWrap.reflow(lesson), width: r.width).map { ($0, CellStyle.plain) }
        } else {
            lines.append(("Your own program: no lesson. Press ? for the keys.", Palette.muted))
        }
        for (k, l) in lines.dropFirst(min(scroll, max(lines.count - 1, 0))).prefix(r.height).enumerated() {
            buf.text(r.x, r.y + k, l.0, l.1, maxWidth: r.width)
        }
    }

    static func warnings(_ buf: inout ScreenBuffer, _ r: Rect, _ model: TimelineModel, scroll: Int) {
        guard r.height > 0 else { return }
        if model.warnings.isEmpty {
            buf.text(r.x, r.y, "no warnings", Palette.muted, maxWidth: r.width)
            return
        }
        var y = r.y
        // Newest last, like a log; only the warnings that can fit are wrapped.
        let recent = model.warnings.suffix(r.height + scroll).dropLast(scroll)
        var lines: [String] = []
        for w in recent {
            let wrapped = TextWrap.wrap("⚠ t=\(TimeText.seconds(w.time)) \(w.message)", width: r.width)
            lines += wrapped.enumerated().map { $0.offset == 0 ? $0.element : "  " + $0.element }
        }
        for l in lines.suffix(r.height) {
            buf.text(r.x, y, l, Palette.warning, maxWidth: r.width)
            y += 1
        }
    }

    static func source(_ buf: inout ScreenBuffer, _ r: Rect, _ model: TimelineModel, _ info: ProgramInfo, scroll: Int) {
        guard r.height > 0 else { return }
        let lines = info.sourceLines
        let current = model.errorLine > 0 && model.isFinished ? model.errorLine : model.currentLine
        let numberWidth = String(lines.count).count
        // Keep the current line in view, a third of the way down, unless scrolled.
        let anchor = current > 0 ? current - 1 - r.height / 3 : 0
        let top = min(max(anchor + scroll, 0), max(lines.count - r.height, 0))
        for k in 0..<r.height {
            let i = top + k
            guard i < lines.count else { break }
            let n = i + 1
            let y = r.y + k
            var marker: Character = " "
            var markerStyle = CellStyle.plain
            if n == model.errorLine, model.errorLine > 0 { marker = "✖"; markerStyle = Palette.stderr.withBold() }
            else if n == current { marker = "▶"; markerStyle = Palette.key }
            else if model.suspendedLines[n] != nil { marker = "◆"; markerStyle = CellStyle(fg: .cyan) }
            buf.set(r.x, y, marker, markerStyle)
            let num = String(repeating: " ", count: numberWidth - String(n).count) + String(n)
            buf.text(r.x + 1, y, num + " ", Palette.muted)
            let x = r.x + numberWidth + 2
            let style: CellStyle = n == current ? Palette.highlight : .plain
            if n == current { buf.fill(Rect(x: x, y: y, width: r.maxX - x, height: 1), " ", style) }
            buf.text(x, y, lines[i].replacingOccurrences(of: "\t", with: "    "), style, maxWidth: r.maxX - x)
            if let count = model.suspendedLines[n], count > 1 {
                let note = " ◆×\(count)"
                buf.text(r.maxX - note.count, y, note, CellStyle(fg: .cyan))
            }
        }
    }
}
