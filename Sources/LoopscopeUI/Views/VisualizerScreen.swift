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
        let playhead = session.displayTime
        let axis = view.axis
        let rows = SwimlaneView(model: model,
                                window: { AxisWindow.fit(axis: axis, model: model, playhead: playhead, columns: $0) },
                                view: view, focused: view.focus == .lanes)
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
        switch kind {
        case .loop: Panels.loop(&buf, inner, model)
        case .output: Panels.output(&buf, inner, model, scroll: scroll)
        case .source: Panels.source(&buf, inner, model, info, scroll: scroll)
        case .lesson: Panels.lesson(&buf, inner, info, scroll: scroll)
        case .log: Panels.log(&buf, inner, model, scroll: scroll)
        case .warnings: Panels.warnings(&buf, inner, model, scroll: scroll)
        case .lanes: break
        }
    }

    private func header(_ buf: inout ScreenBuffer, _ r: Rect) {
        buf.fill(r, " ", Palette.header)
        let status = session.status
        var name = info.name
        var counters = [session.speed.label, "iter \(session.model.iteration)", "step \(session.model.stepCount)"]
        let exit = session.model.exitCode.flatMap { status == .finished ? ["exit \($0)"] : nil } ?? []
        func line() -> String {
            ([" Loopscope", name, "t=\(TimeText.seconds(session.displayTime))", status.rawValue] + counters + exit)
                .joined(separator: " │ ")
        }
        // On a narrow terminal the counters go first (iteration, step, speed),
        // then the path shrinks to its file name: clock, state and exit code stay.
        for drop in [1, 1, 0] where line().count > r.width { counters.remove(at: drop) }
        if line().count > r.width, let slash = name.lastIndex(of: "/") {
            name = String(name[name.index(after: slash)...])
        }
        buf.clippedText(r.x, r.y, line(), Palette.header, width: r.width)
    }

    private func footer(_ buf: inout ScreenBuffer, _ r: Rect) {
        let text: String
        if let m = view.message {
            text = m
        } else if session.stepsTaken == 0 {
            text = "space: play · n: step · ?: help · q: quit"
        } else {
            text = "space play/pause · n step · b back · i iteration · t next time · +/- speed · a axis · Tab focus · Enter detail · ? help · q quit"
        }
        buf.clippedText(r.x + 1, r.y, text, view.message != nil ? Palette.warning : Palette.muted, width: r.width - 2)
    }
}
