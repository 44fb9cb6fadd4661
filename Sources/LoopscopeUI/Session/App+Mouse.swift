import LoopscopeEngine

/// The mouse: click a lane to select it, click the time/step axis to seek
/// there, click a panel to focus it, and scroll lanes or panels with the wheel.
extension App {
    func handleMouse(x: Int, y: Int, _ button: Key.MouseButton) {
        guard let session, let layout = currentLayout else { return }
        let lanes = layout.lanes
        if lanes.contains(x: x, y: y) {
            switch button {
            case .wheelUp, .wheelDown:
                view.focus = .lanes
                let rows = max(view.visibleLaneRows, 1)
                let maxScroll = max(session.model.tasks.count - rows, 0)
                view.laneScroll = min(max(view.laneScroll + (button == .wheelUp ? -3 : 3), 0), maxScroll)
                view.selectedLane = min(max(view.selectedLane, view.laneScroll), view.laneScroll + rows - 1)
            case .left:
                clickLanes(x: x, y: y, session)
            }
            return
        }
        guard let slot = layout.slots.first(where: { $0.rect.contains(x: x, y: y) }) else { return }
        view.focus = VisualizerScreen.shown(slot.members, view)
        switch button {
        case .left: break
        case .wheelUp: scroll(-3)
        case .wheelDown: scroll(3)
        }
    }

    private func clickLanes(x: Int, y: Int, _ session: Session) {
        guard let lanes = currentLayout?.lanes else { return }
        let g = SwimlaneView.geometry(session.model, box: lanes, view: view, playhead: session.displayTime)
        let inner = lanes.inner
        view.focus = .lanes
        if y == inner.y, x >= g.barsX, x < g.barsX + g.window.columns {
            // The axis: seek to the moment (or step) under the pointer.
            let (a, _) = g.window.range(x - g.barsX)
            switch g.window.axis {
            case .time: move { session.seek(toTime: a) }
            case .steps: move { session.jump(toStep: Int(a) + 1) }
            }
            view.message = "jumped to t=\(TimeText.seconds(session.model.now)), step \(session.model.stepCount) · b goes back"
            return
        }
        let row = y - (inner.y + 2)
        let i = view.laneScroll + row
        if row >= 0, session.model.tasks.indices.contains(i) { view.selectedLane = i }
    }
}
