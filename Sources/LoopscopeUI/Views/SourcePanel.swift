import LoopscopeEngine

/// The Source panel: the line that runs next highlighted (`▶`, and which
/// task runs it), every line where tasks are suspended marked (`◆`) with
/// their names, and the error line (`✖`) once the program has failed.
enum SourcePanel {
    /// The first line of `async def NAME(` for a coroutine's qualified name (0: not found).
    static func definitionLine(_ info: ProgramInfo, _ coroutine: String) -> Int {
        let name = coroutine.split(separator: ".").last.map(String.init) ?? coroutine
        for (i, line) in info.sourceLines.enumerated() {
            let t = line.drop { $0 == " " || $0 == "\t" }
            if t.hasPrefix("async def \(name)(") || t.hasPrefix("def \(name)(") { return i + 1 }
        }
        return 0
    }

    static func nextLine(_ model: TimelineModel, _ info: ProgramInfo) -> (line: Int, task: TaskID?) {
        model.nextLine { definitionLine(info, $0) }
    }

    /// The first line shown: `scroll` when the person scrolled, otherwise the
    /// line of interest a third of the way down.
    static func top(_ model: TimelineModel, _ info: ProgramInfo, height: Int, scroll: Int?) -> Int {
        let count = info.sourceLines.count
        let maxTop = max(count - height, 0)
        if let scroll { return min(max(scroll, 0), maxTop) }
        let next = nextLine(model, info).line
        let focus = model.isFinished ? (model.errorLine > 0 ? model.errorLine : model.currentLine)
            : (next > 0 ? next : model.currentLine)
        let anchor = focus > 0 ? focus - 1 - height / 3 : 0
        return min(max(anchor, 0), maxTop)
    }

    /// Names of the tasks suspended at each of the given lines.
    static func suspendedNames(_ model: TimelineModel, lines: ClosedRange<Int>) -> [Int: [String]] {
        guard !model.suspendedLines.isEmpty else { return [:] }
        var out: [Int: [String]] = [:]
        for t in model.tasks {
            if case .suspended(_, let line) = t.state, lines.contains(line) { out[line, default: []].append(t.name) }
        }
        return out
    }

    static func draw(_ buf: inout ScreenBuffer, _ r: Rect, _ model: TimelineModel, _ info: ProgramInfo, scroll: Int?) {
        guard r.height > 0 else { return }
        let lines = info.sourceLines
        let numberWidth = String(lines.count).count
        let (next, nextTask) = model.isFinished ? (0, nil) : nextLine(model, info)
        let top = top(model, info, height: r.height, scroll: scroll)
        let bottom = min(top + r.height, lines.count)
        let names = top < bottom ? suspendedNames(model, lines: (top + 1)...bottom) : [:]
        for i in top..<bottom {
            let n = i + 1
            let y = r.y + i - top
            var marker: Character = " "
            var markerStyle = CellStyle.plain
            if n == model.errorLine, model.errorLine > 0, model.isFinished { marker = "✖"; markerStyle = Palette.stderr.withBold() }
            else if n == next { marker = "▶"; markerStyle = Palette.key }
            else if names[n] != nil { marker = "◆"; markerStyle = CellStyle(fg: .cyan) }
            buf.set(r.x, y, marker, markerStyle)
            let num = String(repeating: " ", count: numberWidth - String(n).count) + String(n)
            buf.text(r.x + 1, y, num + " ", Palette.muted)
            let x = r.x + numberWidth + 2
            let style: CellStyle = n == next ? Palette.nextLine : .plain
            if n == next { buf.fill(Rect(x: x, y: y, width: r.maxX - x, height: 1), " ", style) }
            buf.text(x, y, lines[i].replacingOccurrences(of: "\t", with: "    "), style, maxWidth: r.maxX - x)
            // Who is where, after the code when it fits (the marker column always says it).
            var who: [String] = []
            if n == next { who.append("▶ " + (nextTask.map { model.taskName($0) } ?? "module")) }
            if let waiting = names[n]?.filter({ n != next || $0 != nextTask.map { model.taskName($0) } }), !waiting.isEmpty {
                who.append("◆ " + waiting.prefix(3).joined(separator: " ") + (waiting.count > 3 ? " +\(waiting.count - 3)" : ""))
            }
            let note = who.joined(separator: " ")
            let free = r.maxX - x - CharWidth.of(lines[i]) - 2
            // Past the code when it fits; else over its end, keeping a dozen columns of code.
            let noteWidth = CharWidth.of(note)
            if !note.isEmpty, noteWidth <= free || r.maxX - x - noteWidth - 1 >= 12 {
                buf.text(r.maxX - noteWidth - 1, y, " " + note, n == next ? style : CellStyle(fg: .cyan))
            }
        }
        Panels.indicator(&buf, r, first: top, last: bottom, total: lines.count)
    }
}
