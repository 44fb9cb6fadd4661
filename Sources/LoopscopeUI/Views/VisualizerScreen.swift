import LoopscopeEngine

/// Composes a whole visualizer frame into a buffer.
public struct VisualizerScreen {
    let session: Session
    let info: ProgramInfo
    let view: ViewState

    /// Draws the frame. Returns how many lane rows were visible.
    @discardableResult
    public func render(into buf: inout ScreenBuffer) -> Int {
        buf.fill(buf.bounds)
        guard buf.width >= VisualizerLayout.minWidth, buf.height >= VisualizerLayout.minHeight else {
            Overlays.tooSmall(&buf)
            return 0
        }
        let model = session.model
        let layout = VisualizerLayout(width: buf.width, height: buf.height, taskCount: model.tasks.count,
                                      hasLesson: info.lesson != nil)
        header(&buf, layout.header)
        var visited = 0
        let rows = SwimlaneView(model: model, playhead: session.displayTime, view: view, focused: view.focus == .lanes,
                                mark: session.mark)
            .draw(&buf, layout.lanes, visited: &visited)
        session.lastFrameVisitedRuns = visited
        for slot in layout.slots { drawSlot(&buf, slot, model) }
        footer(&buf, layout.footer)
        if view.showHelp { Overlays.help(&buf) }
        if let id = view.detailTask, let track = model.task(id) { Overlays.detail(&buf, track, model) }
        return rows
    }

    /// The member of a tabbed slot that is shown now.
    static func shown(_ members: [PanelKind], _ view: ViewState) -> PanelKind {
        if members.contains(view.focus) { return view.focus }
        if let first = members.first, let k = view.shownTab[first], members.contains(k) { return k }
        return members.first ?? .output
    }

    private func drawSlot(_ buf: inout ScreenBuffer, _ slot: VisualizerLayout.Slot, _ model: TimelineModel) {
        let kind = Self.shown(slot.members, view)
        let focused = view.focus == kind
        var title = kind.title
        if kind == .warnings, !model.warnings.isEmpty { title += " (\(model.warnings.count))" }
        if slot.members.count > 1 {
            title = slot.members.map { m -> String in
                var t = m.title
                if m == .warnings, !model.warnings.isEmpty { t += " (\(model.warnings.count))" }
                return m == kind ? "[\(t)]" : t
            }.joined(separator: " ")
        }
        buf.box(slot.rect, title: title, style: focused ? Palette.focusedBorder : Palette.border)
        let inner = Rect(x: slot.rect.x + 1, y: slot.rect.y + 1, width: slot.rect.width - 2, height: slot.rect.height - 2)
        let scroll = view.scroll[kind] ?? 0
        let mark = session.mark
        switch kind {
        case .loop: LoopPanel.draw(&buf, inner, model, info, mark: mark)
        case .output: Panels.output(&buf, inner, model, scroll: scroll, mark: mark)
        case .source: SourcePanel.draw(&buf, inner, model, info, scroll: view.scroll[.source])
        case .lesson: Panels.lesson(&buf, inner, info, scroll: scroll)
        case .log: Panels.log(&buf, inner, model, scroll: scroll, mark: mark, searchHit: view.searchHit)
        case .warnings: Panels.warnings(&buf, inner, model, scroll: scroll, mark: mark)
        case .lanes: break
        }
    }

    private func header(_ buf: inout ScreenBuffer, _ r: Rect) {
        buf.fill(r, " ", Palette.header)
        let status = session.status
        var name = info.name
        var counters = [session.speed.label, "iter \(session.model.iteration)", "step \(session.model.stepCount)"]
        if let p = view.predict { counters.append("predict \(p.right)/\(p.total)") }
        let exit = session.model.exitCode.flatMap { status == .finished ? ["exit \($0)"] : nil } ?? []
        func line() -> String {
            ([" Loopscope", name, "t=\(TimeText.seconds(session.displayTime))", status.rawValue] + counters + exit)
                .joined(separator: " │ ")
        }
        // On a narrow terminal the counters go first (iteration, step, speed),
        // then the path shrinks to its file name: clock, state and exit code stay.
        for drop in [1, 1, 0] where line().count > r.width && counters.count > drop { counters.remove(at: drop) }
        if line().count > r.width, let slash = name.lastIndex(of: "/") {
            name = String(name[name.index(after: slash)...])
        }
        buf.clippedText(r.x, r.y, line(), Palette.header, width: r.width)
    }

    /// The key bar: a message, the `g`/`/` input line, or the keys. `? help`
    /// and `q quit` always show; other keys drop out when the width is short.
    private func footer(_ buf: inout ScreenBuffer, _ r: Rect) {
        if let input = view.input {
            let text: String
            switch input {
            case .goto(let s): text = "go to step: \(s)▏  Enter jumps · Esc cancels"
            case .search(let s): text = "find event: \(s)▏  Enter finds\(view.lastSearch.isEmpty ? "" : " (empty: “\(view.lastSearch)” again)") · Esc cancels"
            }
            buf.clippedText(r.x + 1, r.y, text, Palette.key, width: r.width - 2)
            return
        }
        if let m = view.message {
            // A long message (export paths) takes the rows above the bar too.
            let lines = TextWrap.wrap(m, width: r.width - 2).suffix(3)
            for (k, l) in lines.enumerated() {
                let y = r.y - (lines.count - 1) + k
                buf.fill(Rect(x: 0, y: y, width: r.width, height: 1))
                buf.text(r.x + 1, y, l, Palette.warning, maxWidth: r.width - 2)
            }
            return
        }
        let tail = ["? help", "q quit"]
        var items: [String]
        if view.predict != nil {
            items = ["1–9 the lane that runs next", "0 a plain callback", "p stop predicting"]
        } else if session.stepsTaken == 0 {
            items = ["space play", "n step", "p predict", "g go to step", "s source", "Tab focus"]
        } else {
            items = ["space play/pause", "n step", "b back", "i iteration", "t next time", "g go to", "/ find",
                     "p predict", "a axis", "z Z zoom", "s source", "Tab focus", "Enter detail", "e export"]
        }
        func text() -> String { (items + tail).joined(separator: " · ") }
        while CharWidth.of(text()) > r.width - 2, !items.isEmpty { items.removeLast() }
        buf.clippedText(r.x + 1, r.y, text(), Palette.muted, width: r.width - 2)
    }
}
