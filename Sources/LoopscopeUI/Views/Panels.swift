import LoopscopeEngine

/// The smaller panels. Each draws inside a rect (already boxed by the
/// caller) from the model's indexed state, touching only what is visible.
/// What the last step changed (`mark`) is drawn in `Palette.changed`.
enum Panels {
    /// "12–30 of 500" on the bottom border of a panel that does not show everything.
    static func indicator(_ buf: inout ScreenBuffer, _ r: Rect, first: Int, last: Int, total: Int) {
        guard total > last - first, r.width > 12 else { return }
        let text = " \(first + 1)–\(last) of \(total) "
        buf.text(max(r.maxX - CharWidth.of(text), r.x), r.maxY, text, Palette.muted)
    }

    static func output(_ buf: inout ScreenBuffer, _ r: Rect, _ model: TimelineModel, scroll: Int, mark: ChangeMark) {
        guard r.height > 0 else { return }
        if model.output.isEmpty {
            buf.text(r.x, r.y, "(nothing printed yet)", Palette.muted, maxWidth: r.width)
            return
        }
        let last = max(model.output.count - min(scroll, model.output.count - 1), 1)
        let first = max(last - r.height, 0)
        // Every line says which task printed it; the tag shrinks on narrow panels.
        let tagWidth = r.width >= 40 ? 8 : (r.width >= 24 ? 6 : 0)
        for (k, i) in (first..<last).enumerated() {
            let l = model.output[i]
            let isNew = i >= mark.outputCount
            var x = r.x
            if tagWidth > 0 {
                let tag = model.taskName(l.task)
                buf.clippedText(x, r.y + k, tag, isNew ? Palette.changed(Palette.muted) : Palette.muted, width: tagWidth)
                x = r.x + tagWidth + 1
            }
            let style = l.stream == .stderr ? Palette.stderr : CellStyle.plain
            buf.clippedText(x, r.y + k, l.text, isNew ? Palette.changed(style) : style, width: r.maxX - x)
        }
        indicator(&buf, r, first: first, last: last, total: model.output.count)
    }

    static func log(_ buf: inout ScreenBuffer, _ r: Rect, _ model: TimelineModel, scroll: Int, mark: ChangeMark,
                    searchHit: Int?) {
        guard r.height > 0 else { return }
        let events = model.recent.last(r.height + scroll)
        let shown = events.prefix(max(events.count - scroll, 0)).suffix(r.height)
        for (k, e) in shown.enumerated() {
            let prefix = TimeText.seconds(e.time) + " "
            var style = mark.isNew(seq: e.seq) ? Palette.changed(.plain) : CellStyle.plain
            if e.seq == searchHit { style = Palette.highlight }
            buf.text(r.x, r.y + k, prefix, Palette.muted, maxWidth: r.width)
            buf.clippedText(r.x + prefix.count, r.y + k, EventText.describe(e, model), style, width: r.width - prefix.count)
        }
        // Numbered within the whole run: the newest event is number `eventCount`.
        if let firstShown = shown.first, let lastShown = shown.last, model.eventCount > shown.count {
            let text = " \(firstShown.seq + 1)–\(lastShown.seq + 1) of \(model.eventCount) "
            buf.text(max(r.maxX - CharWidth.of(text), r.x), r.maxY, text, Palette.muted)
        }
    }

    static func lessonLines(_ info: ProgramInfo, width: Int) -> [(String, CellStyle)] {
        var lines: [(String, CellStyle)] = []
        if let title = info.title { lines += TextWrap.wrap(title, width: width).map { ($0, Palette.title) } }
        if let lesson = info.lesson {
            lines += TextWrap.wrap(TextWrap.reflow(lesson), width: width).map { ($0, CellStyle.plain) }
        } else {
            lines.append(("Your own program: no lesson. Press ? for the keys.", Palette.muted))
        }
        return lines
    }

    static func lesson(_ buf: inout ScreenBuffer, _ r: Rect, _ info: ProgramInfo, scroll: Int) {
        guard r.height > 0 else { return }
        let lines = lessonLines(info, width: r.width)
        let top = min(scroll, max(lines.count - r.height, 0))
        for (k, l) in lines.dropFirst(top).prefix(r.height).enumerated() {
            buf.text(r.x, r.y + k, l.0, l.1, maxWidth: r.width)
        }
        indicator(&buf, r, first: top, last: min(top + r.height, lines.count), total: lines.count)
    }

    /// Warnings wrapped to the width (`WrappedWarnings`: only new ones are wrapped): (text, warning index).
    static func warningLines(_ model: TimelineModel, width: Int) -> [(text: String, warning: Int)] {
        model.wrappedWarnings.update(model.warnings, width: width)
        return model.wrappedWarnings.lines
    }

    static func warnings(_ buf: inout ScreenBuffer, _ r: Rect, _ model: TimelineModel, scroll: Int, mark: ChangeMark) {
        guard r.height > 0 else { return }
        if model.warnings.isEmpty {
            buf.text(r.x, r.y, "no warnings", Palette.muted, maxWidth: r.width)
            return
        }
        // Newest last, like a log; `scroll` counts lines back from the end.
        let lines = warningLines(model, width: r.width)
        let last = max(lines.count - scroll, min(r.height, lines.count))
        let first = max(last - r.height, 0)
        for (k, l) in lines[first..<last].enumerated() {
            let style = l.warning >= mark.warningCount ? Palette.changed(Palette.warning) : Palette.warning
            buf.text(r.x, r.y + k, l.text, style, maxWidth: r.width)
        }
        indicator(&buf, r, first: first, last: last, total: lines.count)
    }
}
