import LoopscopeEngine

/// The demo picker: demos grouped (the primer first), title and summary,
/// the filter line, and the `o` prompt.
struct PickerScreen {
    let state: PickerState

    func render(into buf: inout ScreenBuffer) {
        buf.fill(buf.bounds)
        guard buf.width >= VisualizerLayout.minWidth, buf.height >= VisualizerLayout.minHeight else {
            Overlays.tooSmall(&buf)
            return
        }
        buf.fill(Rect(x: 0, y: 0, width: buf.width, height: 1), " ", Palette.header)
        buf.text(1, 0, "Loopscope — watch an asyncio event loop work · pick a demo", Palette.header)
        var filterLine = "Filter: " + state.filter
        if state.filter.isEmpty { filterLine += "(type to filter)" }
        buf.text(2, 2, filterLine, state.filter.isEmpty ? Palette.muted : Palette.title)
        if !state.filter.isEmpty { buf.set(2 + 8 + CharWidth.of(state.filter), 2, "▏", Palette.key) }

        let list = Rect(x: 0, y: 4, width: buf.width, height: buf.height - 4 - 7)
        drawList(&buf, list)
        drawSelection(&buf, Rect(x: 0, y: buf.height - 7, width: buf.width, height: 4))
        drawPrompt(&buf, y: buf.height - 3)
        let keys = state.prompt != nil
            ? "Enter open · Tab completes · Esc cancel"
            : "type to filter · ↑↓ move · Enter open · Ctrl-O open a file · " + (state.filter.isEmpty ? "Esc quit" : "Esc clear")
        buf.clippedText(1, buf.height - 1, keys, Palette.muted, width: buf.width - 2)
    }

    private func drawList(_ buf: inout ScreenBuffer, _ r: Rect) {
        let matches = state.matches
        if state.demos.isEmpty {
            buf.text(2, r.y, "No demos are bundled in this build. Press Ctrl-O to open a .py file.", Palette.muted)
            return
        }
        if matches.isEmpty {
            buf.text(2, r.y, "No demo matches “\(state.filter)”. Backspace or Esc to widen the filter.", Palette.muted)
            return
        }
        // Rows: group headings and demos. Scroll so the selection is visible.
        var rows: [(String?, Int?)] = []  // (heading, demo index)
        var group = ""
        for (i, d) in matches.enumerated() {
            if d.group != group {
                group = d.group
                rows.append((group, nil))
            }
            rows.append((nil, i))
        }
        let selRow = rows.firstIndex { $0.1 == state.selected } ?? 0
        let top = max(0, min(selRow - r.height / 2, rows.count - r.height))
        let nameW = min((matches.map { CharWidth.of($0.name) }.max() ?? 10) + 2, 24)
        for k in 0..<r.height {
            let i = top + k
            guard i < rows.count else { break }
            let y = r.y + k
            if let heading = rows[i].0 {
                buf.text(1, y, heading, Palette.title.with(fg: .cyan))
                continue
            }
            guard let di = rows[i].1 else { continue }
            let d = matches[di]
            let sel = di == state.selected
            if sel { buf.fill(Rect(x: 1, y: y, width: buf.width - 2, height: 1), " ", Palette.selected) }
            let base: CellStyle = sel ? Palette.selected : .plain
            buf.text(2, y, sel ? "▶" : " ", base)
            buf.clippedText(4, y, d.name, sel ? base : Palette.key, width: nameW)
            var x = 4 + nameW
            x += buf.clippedText(x, y, d.title, sel ? base : .plain, width: buf.width - x - 2)
            if buf.width - x - 2 > 12 {
                buf.clippedText(x, y, " — \(d.summary)", sel ? base : Palette.muted, width: buf.width - x - 2)
            }
        }
    }

    /// The selected demo's title and summary in full, under the list.
    private func drawSelection(_ buf: inout ScreenBuffer, _ r: Rect) {
        for x in 1..<(buf.width - 1) { buf.set(x, r.y, "─", Palette.border) }
        guard let d = state.selectedDemo else { return }
        buf.clippedText(2, r.y + 1, "\(d.name) · \(d.title)", Palette.title, width: r.width - 4)
        for (k, line) in TextWrap.wrap(d.summary, width: r.width - 4).prefix(r.height - 2).enumerated() {
            buf.text(2, r.y + 2 + k, line)
        }
    }

    private func drawPrompt(_ buf: inout ScreenBuffer, y: Int) {
        guard let prompt = state.prompt else { return }
        let label = "Open file: "
        buf.text(2, y, label, Palette.title)
        buf.clippedText(2 + label.count, y, prompt + "▏", Palette.key, width: buf.width - label.count - 4)
        if let err = state.promptError {
            buf.clippedText(2, y + 1, err, Palette.stderr, width: buf.width - 4)
        }
    }
}
