// `_inspect`: what the `inspect` module (Stdlib/InspectSource*.swift) cannot
// learn from Python — the text of the program's own files (the engine holds
// them; there is no file system to read) and where a live frame is in its
// line (3.11's `positions`).

extension Interpreter {
    func makeInspectSupportModule() -> PyModule {
        var d: [String: Value] = [:]
        let entries: [(String, Value)] = [
            // The lines of `filename` with their line ends, as linecache gives
            // them, or None for a file that is not the program's.
            function("lines") { interp, a in
                guard case .str(let file) = try a.required(0, "filename") else { return .none }
                let lines: [String]
                if file == interp.filename {
                    if interp.sourceLines == nil { _ = interp.rawSourceLine(file, 1) }
                    lines = interp.sourceLines ?? []
                } else if let local = interp.localSourceLines[file] {
                    lines = local
                } else {
                    return .none
                }
                // split("\n") leaves an empty last piece after a final line end;
                // linecache ends every line, the last one too, with "\n".
                var body = lines
                if body.last == "" { body.removeLast() }
                let out = body.map { Value.str(($0.hasSuffix("\r") ? String($0.dropLast()) : $0) + "\n") }
                return .object(interp.makeList(out))
            },
            // (lineno, end_lineno, col_offset, end_col_offset) of the instruction
            // a live frame is running, or None.
            function("position") { interp, a in
                guard case .object(let o) = try a.required(0, "frame"), let f = o as? PyFrameObject else { return .none }
                let e: TracebackEntry
                switch f.source {
                case .live(let fr): e = interp.tracebackEntry(fr)
                case .traceback(let entry, _): e = entry
                }
                func opt(_ n: Int) -> Value { n < 0 ? .none : .int(n) }
                return .tuple([.int(e.line), opt(e.endLine), opt(e.column), opt(e.endColumn)])
            },
            // asyncio's coroutines written in Swift (asyncio.sleep(0)) are
            // coroutines to inspect, as CPython's Python ones are.
            function("native_coroutine") { _, a in
                guard case .object(let o) = try a.required(0, "obj") else { return .bool(false) }
                return .bool(o is NativeCoroutine)
            },
        ]
        for (k, v) in entries { d[k] = v }
        return PyModule(name: "_inspect", dict: d)
    }
}

extension Interpreter {
    /// `cr_await`/`gi_yieldfrom`/`ag_await`: what a suspended generator or
    /// coroutine is delegating to — the object on top of its frame's stack
    /// while it waits at SEND — or None.
    func awaitedObject(_ g: PyGenBase) -> Value {
        let f = g.frame
        guard f.started, !g.finished, !isExecuting(g), f.sp > 0 else { return .none }
        // Waiting on a native awaitable, ip is at the SEND; delegating to a
        // generator or coroutine, just past it (the child's frame runs).
        for at in [f.ip, f.ip - 1] where at >= 0 && at < f.code.instructions.count {
            if case .send = f.code.instructions[at] { return f.stack[f.sp - 1] }
        }
        return .none
    }
}

extension Interpreter {
    /// The attributes generators and coroutines compute rather than keep in
    /// their type's dict, for `dir()` (and so `inspect.getmembers`).
    func generatorAttributeNames(_ g: PyGenBase) -> [String] {
        if g is PyCoroutine { return ["cr_await", "cr_code", "cr_frame", "cr_origin", "cr_running", "cr_suspended"] }
        if g is PyAsyncGenerator { return ["ag_await", "ag_code", "ag_frame", "ag_running"] }
        return ["gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom"]
    }
}

extension Interpreter {
    /// Whether `g` is executing now. A generator or coroutine that another
    /// delegates to (`await`, `yield from`) keeps its running flag while
    /// the chain is suspended; the chain runs when its outermost one does.
    func isExecuting(_ g: PyGenBase) -> Bool {
        guard g.isRunning else { return false }
        var f = g.frame
        while let up = f.delegatingParent?.takeUnretainedValue() { f = up }
        return f.owner?.isRunning ?? true
    }
}
