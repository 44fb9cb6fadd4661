// Frame objects: what `sys._getframe()`, `inspect.currentframe()`, a task's
// `get_stack()` and a traceback's `tb_frame` give. Like tracebacks they show
// the program's frames only: `f_back` skips the prelude's (CPython's own
// library code), so a task's coroutine frame has no caller while the task is
// suspended, as in CPython, and while it runs its caller is the program's
// frame that runs the loop (`asyncio.run(main())`): CPython's chain passes
// through the event loop's machinery in between.
//
// A live frame reads its current line and locals. A traceback keeps only
// where each frame was (Loopscope's tracebacks hold no frames), so its
// `tb_frame` knows its code, line and globals but not its locals.
final class PyFrameObject: PyObject {
    enum Source {
        case live(Frame)
        case traceback(TracebackEntry, PyModule?)
    }
    let source: Source
    init(_ source: Source) { self.source = source }
    override var pyType: PyType { VMTypes.frame }
}

/// A traceback frame's `f_code`: the name and file the entry recorded.
final class TracebackCode: PyObject {
    let name: String
    let filename: String
    init(name: String, filename: String) {
        self.name = name
        self.filename = filename
    }
    override var pyType: PyType { VMTypes.code }
}

extension Interpreter {
    /// The nearest frame at or above `f` that is the program's own.
    func programFrame(_ f: Frame?) -> Frame? {
        var fr = f
        while let x = fr, x.isPrelude { fr = x.parent }
        return fr
    }

    /// The program's frame that called `f`: across the event loop for the
    /// coroutine of the task that is running.
    func programParent(_ f: Frame) -> Frame? {
        if let p = programFrame(f.parent) { return p }
        guard f.parent == nil, let g = f.owner, g.isRunning, g is PyCoroutine,
              let m = mainFiber, m.awaitingSuspendResult, !m.finished else { return nil }
        return programFrame(m.top)
    }

    /// `sys._getframe(depth)`: the caller of the native function is depth 0.
    func getFrame(depth: Int) throws -> Value {
        var fr = programFrame(currentFrame)
        var d = depth
        while d > 0, let x = fr {
            fr = programParent(x)
            d -= 1
        }
        guard let f = fr else { throw PyError(BuiltinTypes.valueError, "call stack is not deep enough") }
        return .object(PyFrameObject(.live(f)))
    }

    /// The line a live frame is at; a coroutine that never ran is at its `def`.
    func currentLine(of f: Frame) -> Int {
        if !f.started, f.owner != nil { return f.code.firstLine }
        return tracebackEntry(f).line
    }

    /// Where a frame object says it is, as a traceback entry (for the
    /// traceback module's summaries).
    func entry(of f: PyFrameObject) -> TracebackEntry {
        switch f.source {
        case .live(let fr):
            return TracebackEntry(filename: fr.code.filename, line: currentLine(of: fr),
                                  function: fr.code.isModule ? "<module>" : fr.code.name)
        case .traceback(let e, _):
            return TracebackEntry(filename: e.filename, line: e.line, function: e.function)
        }
    }

    /// The frame objects from `f` outward, innermost first.
    func frameChain(_ f: PyFrameObject) -> [PyFrameObject] {
        guard case .live(let start) = f.source else { return [f] }
        var out: [PyFrameObject] = [f]
        var fr = programParent(start)
        while let x = fr {
            out.append(PyFrameObject(.live(x)))
            fr = programParent(x)
        }
        return out
    }

    func frameAttribute(_ f: PyFrameObject, _ name: String) throws -> Value? {
        switch (f.source, name) {
        case (.live(let fr), "f_lineno"): return .int(currentLine(of: fr))
        case (.live(let fr), "f_code"): return .object(fr.code)
        case (.live(let fr), "f_back"):
            // A suspended generator's or coroutine's frame has no caller.
            if let g = fr.owner, !isExecuting(g) { return Value.none }
            return programParent(fr).map { .object(PyFrameObject(.live($0))) } ?? Value.none
        case (.live(let fr), "f_globals"): return dictValue(fr.globals.orderedItems)
        case (.live(let fr), "f_locals"): return dictValue(frameLocals(fr))
        case (.traceback(let e, _), "f_lineno"): return .int(e.line)
        case (.traceback(let e, _), "f_code"): return .object(TracebackCode(name: e.function, filename: e.filename))
        case (.traceback, "f_back"): return Value.none
        case (.traceback(_, let m?), "f_globals"): return dictValue(m.namespace.orderedItems)
        case (.traceback, "f_locals"), (.traceback, "f_globals"):
            throw PyError(BuiltinTypes.notImplementedError, "loopscope does not support \(name) of a traceback's frame yet")
        case (_, "f_trace"): return Value.none
        default: return nil
        }
    }

    /// The module a traceback entry's file belongs to.
    func tracebackModule(_ e: TracebackEntry) -> PyModule? {
        if e.filename == filename { return mainModule }
        return modules.values.first { m in
            if case .str(let f)? = m.namespace["__file__"] { return f == e.filename }
            return false
        }
    }

    /// A frame's names as `locals()` and `f_locals` show them.
    func frameLocals(_ frame: Frame) -> [(String, Value)] {
        if frame.code.isModule { return frame.globals.orderedItems }
        if let body = frame.classBody { return body.items }
        var out: [(String, Value)] = []
        for (i, name) in frame.code.varnames.enumerated() {
            if let v = frame.locals[i] { out.append((name, v)) }
        }
        for (i, name) in (frame.code.cellvars + frame.code.freevars).enumerated()
            where i < frame.cells.count && !frame.code.varnames.contains(name) {
            if let v = frame.cells[i].value { out.append((name, v)) }
        }
        return out
    }
}
