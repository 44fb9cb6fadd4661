// What `inspect` (Stdlib/Inspect*.swift, Python) needs from the engine and
// cannot see from Python: the program's source text (CPython reads it through
// linecache; the sandbox has no files, but the engine holds the program),
// the source range of the instruction a frame or traceback stands at
// (`co_positions()` in CPython), and which built-in callables are methods of
// built-in types (CPython's `method_descriptor`, a type of its own there;
// here every native callable is a `builtin_function_or_method`).

extension Interpreter {
    func inspectSupportEntries() -> [(String, Value)] {
        [
            // linecache.getlines: the lines of `filename` with their line
            // ends, or [] for a file the engine has no text of.
            function("source_lines") { interp, a in
                guard case .str(let file) = try a.required(0, "filename"), file == interp.filename else {
                    return .object(interp.makeList([]))
                }
                return .object(interp.makeList(interp.programLinesKeepingEnds().map { .str($0) }))
            },
            // Whether source_lines(filename) has any: getsourcefile's test,
            // without building the list.
            function("has_source") { interp, a in
                guard case .str(let file) = try a.required(0, "filename"), file == interp.filename else {
                    return .bool(false)
                }
                return .bool(!interp.programLinesKeepingEnds().isEmpty)
            },
            // (lineno, end_lineno, col_offset, end_col_offset) of the
            // instruction a frame is at (a traceback: where the exception
            // passed), None where unknown, as dis.Positions holds them.
            function("positions") { interp, a in
                let v = try a.required(0, "frame")
                guard case .object(let o) = v else { return .none }
                let entry: TracebackEntry
                if let tb = o as? PyTracebackObject {
                    entry = tb.entries[0]
                } else if let f = o as? PyFrameObject {
                    switch f.source {
                    case .live(let fr):
                        // A frame that has not started stands before its first
                        // instruction: CPython's f_lasti is -1 there.
                        if !fr.started, fr.owner != nil { return .tuple([.none, .none, .none, .none]) }
                        entry = interp.tracebackEntry(fr)
                    case .traceback(let e, _):
                        entry = e
                    }
                } else {
                    return .none
                }
                func opt(_ n: Int) -> Value { n < 0 ? .none : .int(n) }
                return .tuple([.int(entry.line), opt(entry.endLine), opt(entry.column), opt(entry.endColumn)])
            },
            // sys.modules.get(name), read now: the engine's `sys.modules` is
            // a copy taken when `sys` was first imported (inspect's own
            // import usually comes before the program's asyncio import).
            function("module") { interp, a in
                guard case .str(let name) = try a.required(0, "name"), let m = interp.modules[name] else { return .none }
                return .object(m)
            },
            // A coroutine object written in Swift (`asyncio.sleep(1)`).
            function("is_native_coroutine") { _, a in
                guard case .object(let o) = try a.required(0, "obj") else { return .bool(false) }
                return .bool(o is NativeCoroutine)
            },
            // True for a native function kept in a built-in type's dict
            // (`str.upper`, `list.append`): CPython's method_descriptor.
            function("is_method_descriptor") { interp, a in
                guard case .object(let o) = try a.required(0, "obj"), let fn = o as? PyNativeFunction,
                      !fn.bindsInPythonClass else { return .bool(false) }
                return .bool(interp.builtinTypeOwning(fn) != nil)
            },
        ]
    }

    /// `gi_running`/`cr_running`: its frame is on the stack that runs now.
    /// `isRunning` alone also stays set on the inner generators of a chain
    /// that is suspended as a whole (a `yield from` or `await` chain parked
    /// at its innermost frame), where CPython's are suspended.
    func isExecuting(_ g: PyGenBase) -> Bool {
        guard g.isRunning else { return false }
        var f = currentFrame
        while let x = f {
            if x === g.frame { return true }
            f = x.parent
        }
        return false
    }

    /// `cr_await` / `gi_yieldfrom`: what a suspended generator or coroutine
    /// is delegating to. SEND keeps the awaited object on top of the frame's
    /// stack both while a sub-generator's frame runs above it (`top` is not
    /// the frame) and while a native awaitable or iterator holds it
    /// (`atSend`); at a plain `yield`, or when not suspended, it is None.
    func awaitedObject(_ g: PyGenBase) -> Value {
        let f = g.frame
        guard f.started, !g.finished, !isExecuting(g), f.sp > 0, g.top !== f || f.atSend else { return .none }
        return f.top()
    }

    /// The built-in type whose dict holds `fn` under its name, if any.
    func builtinTypeOwning(_ fn: PyNativeFunction) -> PyType? {
        var seen: Set<ObjectIdentifier> = []
        for (_, v) in builtinsNS.orderedItems {
            guard case .object(let o) = v, let t = o as? PyType else { continue }
            for c in t.mro where seen.insert(ObjectIdentifier(c)).inserted {
                if case .object(let m)? = c.dict[fn.name], m === fn { return c }
            }
        }
        return nil
    }

    /// The program's lines with their ends, split once per run (a stack
    /// of frame infos asks for them once per frame).
    func programLinesKeepingEnds() -> [String] {
        if let lines = stdlib.inspectSourceLines { return lines }
        let lines = Self.linesKeepingEnds(source)
        stdlib.inspectSourceLines = lines
        return lines
    }

    /// `text` split after each "\n", as `str.splitlines(keepends=True)`
    /// splits a source file (linecache's view of it).
    static func linesKeepingEnds(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            current.append(ch)
            if ch == "\n" || ch == "\r\n" {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
