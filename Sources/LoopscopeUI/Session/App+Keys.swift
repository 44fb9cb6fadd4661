import Foundation
import LoopscopeEngine

/// The visualizer's keys. Every move through the run (a step, a jump, play)
/// remembers where it started, so `b` undoes exactly the last one.
extension App {
    func handleVisualizer(_ key: Key) {
        guard let session else { return }
        if view.showHelp {
            view.showHelp = false
            return
        }
        if view.input != nil { return handleInput(key) }
        if view.detailTask != nil, key == .escape || key == .enter {
            view.detailTask = nil
            return
        }
        if case .mouse(let x, let y, let button) = key { return handleMouse(x: x, y: y, button) }
        view.message = nil
        if view.predict != nil, let guess = predictionKey(key) { return predict(guess) }
        switch key {
        case .char(" "):
            if session.isFinished {
                view.message = "the run has finished · r restarts · b goes back"
            } else {
                if !session.playing { remember(session.stepsTaken) }
                session.togglePlay()
            }
        case .char("n"), .right: move { session.stepOnce() }
        case .char("i"): move { session.stepIteration() }
        case .char("t"): move { session.stepUntilClockAdvances() }
        case .char("b"), .left: goBack()
        case .char("g"): view.input = .goto("")
        case .char("/"): view.input = .search("")
        case .char("+"), .char("="): session.speed.faster(); view.message = "speed \(session.speed.label)"
        case .char("-"), .char("_"): session.speed.slower(); view.message = "speed \(session.speed.label)"
        case .char("r"): move { session.restart() }
        case .char("a"): view.axis = view.axis == .time ? .steps : .time
        case .char("z"): view.zoom = min(view.zoom * 2, 1024); view.message = "zoom \(zoomLabel) around the playhead"
        case .char("Z"): view.zoom = max(view.zoom / 2, 1); view.message = "zoom \(zoomLabel)"
        case .char("s"): showSourceOrLesson()
        case .char("p"): togglePredict()
        case .tab: moveFocus(1)
        case .backTab: moveFocus(-1)
        case .up: scroll(-1)
        case .down: scroll(1)
        case .pageUp: scroll(-page)
        case .pageDown: scroll(page)
        case .home:
            if view.focus == .lanes { move { session.restart() } } else { scroll(-Int.max / 2) }
        case .end:
            if view.focus == .lanes { move { session.runToEnd() }; if !session.isFinished { view.message = "the run has not ended after 5 s of stepping: End again continues" } }
            else { scroll(Int.max / 2) }
        case .enter:
            if view.focus == .lanes, session.model.tasks.indices.contains(view.selectedLane) {
                view.detailTask = session.model.tasks[view.selectedLane].id
            }
        case .char("?"): view.showHelp = true
        case .escape, .char("d"): backToPicker()
        case .char("q"): wantsQuit = true
        case .char("e"): export()
        default: break
        }
    }

    private var zoomLabel: String { view.zoom == view.zoom.rounded() ? "\(Int(view.zoom))×" : "\(view.zoom)×" }

    // MARK: - Moving through the run

    func remember(_ position: Int) {
        if positions.last != position { positions.append(position) }
        if positions.count > 1000 { positions.removeFirst(positions.count - 1000) }
    }

    /// Runs a command that moves through the run; remembers where it began if it moved.
    func move(_ command: () -> Void) {
        guard let session else { return }
        let before = session.stepsTaken
        command()
        if session.stepsTaken != before { remember(before) }
        view.scroll[.source] = nil
    }

    /// `b`: back to where the last step or jump began (one step back when there is none).
    func goBack() {
        guard let session else { return }
        // A live process: one loop step back in its recorded history.
        if session.live != nil {
            let floor = session.firstHistoryStep
            session.stepBack()
            if floor > 0, session.historySteps == floor {
                view.message = "history before step \(floor) was dropped (the --history budget)"
            }
            return
        }
        var target = session.stepsTaken - 1
        while let p = positions.popLast() {
            if p != session.stepsTaken || session.playing { target = p; break }
        }
        guard target >= 0 else { return }
        if target > 3000 {
            view.message = "rewinding… replaying \(target) steps"
            flush?()
            view.message = nil
        }
        session.replay(to: target)
        view.scroll[.source] = nil
    }

    // MARK: - The footer's input line (g, /)

    private func handleInput(_ key: Key) {
        guard let input = view.input else { return }
        switch key {
        case .escape: view.input = nil
        case .backspace:
            switch input {
            case .goto(let s): view.input = s.isEmpty ? nil : .goto(String(s.dropLast()))
            case .search(let s): view.input = s.isEmpty ? nil : .search(String(s.dropLast()))
            }
        case .enter:
            view.input = nil
            switch input {
            case .goto(let s): goTo(s)
            case .search(let s): search(s.isEmpty ? view.lastSearch : s)
            }
        default:
            guard let c = key.printable else { return }
            switch input {
            case .goto(let s): if c.isNumber { view.input = .goto(s + String(c)) }
            case .search(let s): view.input = .search(s + String(c))
            }
        }
    }

    private func goTo(_ text: String) {
        guard let session else { return }
        guard let n = Int(text) else { view.message = "g: type a step number, then Enter"; return }
        move { session.jump(toStep: n) }
        if session.model.stepCount < n {
            view.message = session.isFinished ? "the run ends at step \(session.model.stepCount)"
                : "reached step \(session.model.stepCount) of \(n) in 2 s: g \(n) Enter again continues"
        }
    }

    /// `/text`: the next event whose words contain `text` (case-insensitive),
    /// wrapping around; the run moves to just after it and `b` comes back.
    private func search(_ text: String) {
        guard let session, !text.isEmpty else { return }
        view.lastSearch = text
        let needle = text.lowercased()
        var hitSeq: Int?
        let found = session.findEvent(after: session.position) { e, model in
            guard EventText.describe(e, model).lowercased().contains(needle) else { return false }
            if hitSeq == nil || e.seq > (hitSeq ?? 0) { hitSeq = e.seq }
            return true
        }
        guard let position = found else {
            view.message = "no event matches “\(text)”"
            return
        }
        move { session.replay(to: position) }
        // The hit is the last matching event at or before the new position.
        let hit = session.model.recent.last(200).last { EventText.describe($0, session.model).lowercased().contains(needle) }
        view.searchHit = hit?.seq
        view.focus = .log
        view.scroll[.log] = 0
        view.message = "found “\(text)” at step \(session.model.stepCount) · / Enter finds the next · b goes back"
    }

    // MARK: - Panels

    var focusOrder: [PanelKind] {
        PanelKind.allCases.filter { $0 != .lesson || info?.lesson != nil }
    }

    func moveFocus(_ delta: Int) {
        let order = focusOrder
        let i = order.firstIndex(of: view.focus) ?? 0
        view.focus = order[(i + delta + order.count) % order.count]
        rememberShownTab()
    }

    /// A tabbed slot keeps showing the member last focused, after focus moves on.
    func rememberShownTab() {
        for slot in currentLayout?.slots ?? [] where slot.members.count > 1 && slot.members.contains(view.focus) {
            view.shownTab[slot.members[0]] = view.focus
        }
    }

    /// `s`: Source in its tab group (Lesson again if Source is already shown).
    private func showSourceOrLesson() {
        guard let layout = currentLayout, let slot = layout.slots.first(where: { $0.members.contains(.source) }) else { return }
        let shown = VisualizerScreen.shown(slot.members, view)
        let want: PanelKind = shown == .source && slot.members.contains(.lesson) ? .lesson : .source
        if slot.members.count > 1 { view.shownTab[slot.members[0]] = want }
        if slot.members.contains(view.focus) { view.focus = want }
    }

    var currentLayout: VisualizerLayout? {
        guard let session, lastSize.width > 0 else { return nil }
        return VisualizerLayout(width: lastSize.width, height: lastSize.height, taskCount: session.model.tasks.count,
                                hasLesson: info?.lesson != nil)
    }

    /// Rows a page moves in the focused panel.
    var page: Int {
        if view.focus == .lanes { return max(view.visibleLaneRows - 1, 1) }
        guard let slot = currentLayout?.slots.first(where: { $0.members.contains(view.focus) }) else { return 10 }
        return max(slot.rect.height - 3, 1)
    }

    /// ↑/↓/PgUp/PgDn/Home/End: the lane selection, or the focused panel's scroll.
    func scroll(_ delta: Int) {
        guard let session else { return }
        switch view.focus {
        case .lanes:
            let n = session.model.tasks.count
            guard n > 0 else { return }
            view.selectedLane = min(max(view.selectedLane + delta, 0), n - 1)
            let rows = max(view.visibleLaneRows, 1)
            if view.selectedLane < view.laneScroll { view.laneScroll = view.selectedLane }
            if view.selectedLane >= view.laneScroll + rows { view.laneScroll = view.selectedLane - rows + 1 }
        case .loop:
            break
        default:
            let kind = view.focus
            let extent = panelExtent(kind)
            // Output, events and warnings count back from the newest line; source and lesson from the top.
            let backwards = kind == .output || kind == .log || kind == .warnings
            let current = view.scroll[kind] ?? extent.current
            let next = backwards ? current - delta : current + delta
            view.scroll[kind] = min(max(next, 0), max(extent.max, 0))
        }
    }

    /// The focused panel's scroll range: (where it is when not scrolled, the largest scroll).
    private func panelExtent(_ kind: PanelKind) -> (current: Int, max: Int) {
        guard let session, let info else { return (0, 0) }
        let slot = currentLayout?.slots.first { $0.members.contains(kind) }
        let inner = slot.map { Rect(x: 0, y: 0, width: $0.rect.width - 2, height: $0.rect.height - 2) }
            ?? Rect(x: 0, y: 0, width: 40, height: 10)
        let model = session.model
        switch kind {
        case .output: return (0, model.output.count - inner.height)
        case .log: return (0, model.recent.count - inner.height)
        case .warnings: return (0, Panels.warningLines(model, width: inner.width).count - inner.height)
        case .lesson: return (0, Panels.lessonLines(info, width: inner.width).count - inner.height)
        case .source:
            return (SourcePanel.top(model, info, height: inner.height, scroll: nil), info.sourceLines.count - inner.height)
        default: return (0, 0)
        }
    }

    // MARK: - Export

    private func export() {
        guard let session, let info, let hook = hooks.onExport else {
            view.message = "export not available in this build"
            return
        }
        let request = ExportRequest(info: info, axis: view.axis, stepsShown: session.model.stepCount,
                                    finishedHere: session.isFinished, live: session.liveRun)
        view.message = hook(request)
    }
}
