// Task.get_stack(): base_tasks.py's `_task_get_stack` over Loopscope's frame
// objects. An unfinished coroutine gives its own frame and the program's
// frames that called it (none while it is suspended); a task that ended by
// raising gives the frames of its exception's traceback; any other task none.
extension Interpreter {
    func taskStack(_ t: Task, limit: Int?) -> [Value] {
        if case .object(let o) = t.coro, let g = o as? PyGenBase, !g.finished {
            var frames = frameChain(PyFrameObject(.live(g.frame)))
            if let l = limit { frames = Array(frames.prefix(max(l, 0))) }
            return frames.reversed().map { .object($0) }
        }
        if let e = t.exception {
            var entries = e.traceback
            if let l = limit { entries = Array(entries.prefix(max(l, 0))) }
            return entries.map { .object(PyFrameObject(.traceback($0, tracebackModule($0)))) }
        }
        return []
    }

    /// A `limit=` argument: None or an int.
    func optionalLimit(_ v: Value?) throws -> Int? {
        guard let v, !v.isNone else { return nil }
        return try indexValue(v, "limit")
    }
}
