import LoopscopeEngine

/// The few facts lints need from the program's syntax rather than its events.
enum SourceScan {
    /// Lines (1-based) whose statement is a bare task-creating call whose
    /// Task is thrown away, e.g. `asyncio.create_task(work())`. A task kept
    /// in a variable, list or set is fine; so is `tg.create_task(...)` on a
    /// TaskGroup, which keeps its tasks alive.
    static func linesDiscardingTasks(_ source: String) -> Set<Int> {
        guard let module = try? parseModule(source: source, filename: "<lint>") else { return [] }
        var lines: Set<Int> = []
        visit(module.body, into: &lines)
        return lines
    }

    private static func visit(_ body: [Stmt], into lines: inout Set<Int>) {
        for stmt in body {
            if case .expr(let e) = stmt.kind, createsTask(e) { lines.insert(e.loc.line) }
            for block in stmt.childBlocks { visit(block, into: &lines) }
        }
    }

    /// `create_task(...)`, `ensure_future(...)`, `asyncio.create_task(...)`,
    /// `loop.create_task(...)`, `asyncio.get_running_loop().create_task(...)`.
    private static func createsTask(_ e: Expr) -> Bool {
        guard case .call(let callee, _, _) = e.kind else { return false }
        switch callee.kind {
        case .name(let name):
            return name == "create_task" || name == "ensure_future"
        case .attribute(let base, let name):
            guard name == "create_task" || name == "ensure_future" else { return false }
            switch base.kind {
            case .name(let b): return b == "asyncio" || b == "loop"
            case .call: return true
            default: return false
            }
        default:
            return false
        }
    }
}
