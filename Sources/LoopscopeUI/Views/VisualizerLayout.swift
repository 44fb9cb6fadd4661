/// Where each part of the visualizer goes for a terminal size. From 80×24 up;
/// wider screens give panels their own column instead of sharing tabs.
struct VisualizerLayout {
    static let minWidth = 80
    static let minHeight = 24

    struct Slot {
        var rect: Rect
        /// More than one member: tabs, showing one at a time.
        var members: [PanelKind]
    }

    var header: Rect
    var lanes: Rect
    var slots: [Slot]
    var footer: Rect

    init(width: Int, height: Int, taskCount: Int, hasLesson: Bool) {
        header = Rect(x: 0, y: 0, width: width, height: 1)
        footer = Rect(x: 0, y: height - 1, width: width, height: 1)
        let body = Rect(x: 0, y: 1, width: width, height: height - 2)
        let wanted = taskCount + 2 + 2  // axis + loop lane + tasks + border
        let minPanels = 9
        let lanesHeight = min(max(wanted, 6), max(body.height - minPanels, 6), max(body.height * 3 / 5, 6))
        let (top, bottom) = body.splitTop(lanesHeight)
        lanes = top

        // Source always has a column of its own from 100 columns up, beside
        // the Lesson; at 80 it shares a tab group with it (`s` switches).
        var columns: [[[PanelKind]]]
        if width >= 160 {
            columns = [[[.loop], [.warnings]], [[.output], [.log]], [[.source]], [[.lesson]]]
            if !hasLesson { columns = [[[.loop], [.warnings]], [[.output], [.log]], [[.source]]] }
        } else if width >= 100 {
            columns = hasLesson ? [[[.loop], [.output]], [[.source]], [[.lesson], [.log, .warnings]]]
                : [[[.loop], [.output]], [[.source]], [[.log], [.warnings]]]
        } else {
            columns = [[[.loop], [.output]], [[.lesson, .source, .log, .warnings]]]
            if !hasLesson { columns = [[[.loop], [.output]], [[.source, .log, .warnings]]] }
        }
        var slots: [Slot] = []
        var rest = bottom
        for (k, column) in columns.enumerated() {
            let w = k == columns.count - 1 ? rest.width : rest.width / (columns.count - k)
            let (colRect, remaining) = rest.splitLeft(w)
            rest = remaining
            var colRest = colRect
            for (j, members) in column.enumerated() {
                let h: Int
                if j == column.count - 1 {
                    h = colRest.height
                } else if members == [.loop] {
                    h = min(max(colRect.height / 2, 6), 14)
                } else {
                    h = colRest.height / (column.count - j)
                }
                let (slotRect, r) = colRest.splitTop(h)
                colRest = r
                slots.append(Slot(rect: slotRect, members: members))
            }
        }
        self.slots = slots
    }
}
