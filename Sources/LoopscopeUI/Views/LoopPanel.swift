import LoopscopeEngine

/// The Event loop panel: what runs now, the ready queue top to bottom, the
/// timers in the order they will fire (ties as heapq breaks them), and who
/// holds and who waits on each lock, semaphore, event, condition and queue.
enum LoopPanel {
    struct Row {
        var label: String
        var text: String
        var style: CellStyle
    }

    static func draw(_ buf: inout ScreenBuffer, _ r: Rect, _ model: TimelineModel, _ info: ProgramInfo, mark: ChangeMark) {
        guard r.height > 0 else { return }
        let labelWidth = 9
        var rows: [Row] = []
        let running = model.running.map { "\($0.description)" } ?? "—"
        rows.append(Row(label: "running", text: running + "  · iter \(model.iteration) · step \(model.stepCount)",
                        style: model.running == nil ? Palette.muted : CellStyle(fg: .green, bold: true)))
        let room = r.height - 1
        let syncRows = self.syncRows(model, info, limit: room, width: r.width - labelWidth)
        let readyCount = model.readyQueue.count
        let timerCount = model.teaching.firing.count
        // Share the rows: each list gets a fair part, unused rows go to the others.
        var want = [max(readyCount, 1), max(timerCount, 1), syncRows.isEmpty ? 0 : syncRows.count]
        var quota = [0, 0, 0]
        var left = room
        while left > 0 {
            var gave = false
            for k in 0..<3 where quota[k] < want[k] && left > 0 {
                quota[k] += 1
                left -= 1
                gave = true
            }
            if !gave { break }
        }
        want = quota

        let ready = model.readyQueue.prefix(want[0])
        if ready.isEmpty {
            rows.append(Row(label: "ready", text: "— empty", style: Palette.muted))
        }
        for (k, e) in ready.enumerated() {
            var text = "\(k + 1). \(e.description)"
            if k == want[0] - 1, readyCount > want[0] { text += "  (+\(readyCount - want[0]) more)" }
            let style = CellStyle(fg: .yellow)
            rows.append(Row(label: k == 0 ? "ready \(readyCount)" : "", text: text,
                            style: mark.isNew(seq: e.seq) ? Palette.changed(style) : style))
        }
        let timers = model.timersInFiringOrder(want[1])
        if timers.isEmpty, want[1] > 0 {
            rows.append(Row(label: "timers", text: "— none", style: Palette.muted))
        }
        for (k, t) in timers.enumerated() {
            // A sleep wakes its task; call_later/call_at run their callback (the task only set it).
            let wakesTask = t.description.hasPrefix("asyncio.sleep") || t.description.hasPrefix("sleep")
            let wakes = wakesTask ? t.task.map { "→ \(model.taskName($0))  " } ?? "→ " : "→ "
            var text = "t=\(TimeText.seconds(t.due)) \(wakes)\(t.description)"
            if k == want[1] - 1, timerCount > want[1] { text += "  (+\(timerCount - want[1]) more)" }
            let tie = k > 0 && timers[k - 1].due == t.due
            let label = k == 0 ? "timers" : (tie ? "   tie" : "")
            rows.append(Row(label: label, text: text, style: mark.isNew(seq: t.seq) ? Palette.changed(.plain) : .plain))
        }
        rows += syncRows.prefix(want[2])
        for (k, row) in rows.prefix(r.height).enumerated() {
            buf.text(r.x, r.y + k, row.label, Palette.muted, maxWidth: labelWidth - 1)
            buf.clippedText(r.x + labelWidth, r.y + k, row.text, row.style, width: r.width - labelWidth)
        }
    }

    /// One row per lock/queue someone holds or waits on; the rest are summed up.
    static func syncRows(_ model: TimelineModel, _ info: ProgramInfo, limit: Int, width: Int) -> [Row] {
        let sync = model.teaching.sync
        guard !sync.isEmpty, limit > 0 else { return [] }
        var rows: [Row] = []
        var idle = 0
        for o in sync.objects {
            let waiting = sync.waiterCount(of: o.id)
            guard !o.holders.isEmpty || waiting > 0 else { idle += 1; continue }
            guard rows.count < limit else { continue }
            var parts: [String] = []
            if !o.holders.isEmpty { parts.append("held by " + o.holders.map { model.taskName($0) }.joined(separator: ", ")) }
            if waiting > 0 {
                let names = sync.waiters(of: o.id, limit: 3).map { model.taskName($0) }.joined(separator: ", ")
                parts.append("waiting: " + names + (waiting > 3 ? " +\(waiting - 3)" : ""))
            }
            let name = SyncNames.name(o, sourceLines: info.sourceLines)
            let style = waiting > 0 ? CellStyle(fg: .cyan, bold: true) : CellStyle(fg: .cyan)
            let label = rows.isEmpty ? "sync" : ""
            let one = "\(name) (\(o.kind)): " + parts.joined(separator: " · ")
            if CharWidth.of(one) <= width || parts.count < 2 {
                rows.append(Row(label: label, text: one, style: style))
            } else {
                // Too narrow for one line: the holder, then the waiters under it.
                rows.append(Row(label: label, text: "\(name) (\(o.kind)): " + parts[0], style: style))
                rows.append(Row(label: "", text: "  " + parts[1], style: style))
            }
        }
        if rows.isEmpty {
            rows.append(Row(label: "sync", text: "\(idle) \(idle == 1 ? "object" : "objects"), none held or waited on", style: Palette.muted))
        }
        return rows
    }
}
