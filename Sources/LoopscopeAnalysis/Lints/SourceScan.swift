/// The few facts lints need from the source text rather than the events.
enum SourceScan {
    /// Calls whose Task is dropped when used as a bare statement. TaskGroup's
    /// `tg.create_task` is not here: the group keeps its tasks alive.
    static let taskFactories = [
        "asyncio.create_task(", "asyncio.ensure_future(", "create_task(", "ensure_future(",
        "loop.create_task(", "asyncio.get_running_loop().create_task(", "asyncio.get_event_loop().create_task(",
    ]

    /// Lines (1-based) whose statement is a bare task-creating call, e.g.
    /// `asyncio.create_task(work())` with the result thrown away.
    static func linesDiscardingTasks(_ source: String) -> Set<Int> {
        var lines: Set<Int> = []
        for (i, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if taskFactories.contains(where: { line.hasPrefix($0) }) { lines.insert(i + 1) }
        }
        return lines
    }
}
